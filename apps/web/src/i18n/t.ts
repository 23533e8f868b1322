import { VERDICT_LABELS, type TVerdict } from "@tekser/contracts";
import { en, type MessageKey } from "./en.ts";

/** The active locale; only English for now (kk and ru maps come with the i18n issue). */
const LOCALE = "en";
const messages: Record<MessageKey, string> = en;
const plurals = new Intl.PluralRules(LOCALE);

/** Looks up a message and fills its `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** A count with its noun: `tp("queue.count", 3)` → "3 claims". */
export function tp(base: PluralBase, count: number): string {
  const form = plurals.select(count) === "one" ? "one" : "other";
  return t(`${base}.${form}` as MessageKey, { count: count.toLocaleString(LOCALE) });
}

/** Verdict labels come from contracts, where the public pages read them too. */
export function verdictLabel(verdict: TVerdict): string {
  return VERDICT_LABELS[verdict][LOCALE];
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** ISO time → "3 Mar 2025, 14:05" in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toLocaleString(LOCALE);
}
