import { VERDICT_LABELS, UI_LOCALES, type TUiLocale, type TVerdict, type TVerdictLabel } from "@tekser/contracts";
import i18next from "i18next";
import type { MessageKey } from "./en/index.ts";
import type { PluralBase } from "./translation.ts";

const STORAGE_KEY = "tekser.locale";
/** Kazakh first: the dashboard's default for the demo and for anyone who has not chosen. */
const DEFAULT_LOCALE: TUiLocale = "kk";

/** BCP 47 tags for Intl: Kazakhstan's conventions for kk and ru, day-month order for English. */
const INTL_TAG: Record<TUiLocale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

export function isUiLocale(value: unknown): value is TUiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

function storedLocale(): TUiLocale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (privacy mode): fall back to the default
  }
}

/**
 * Each language's dictionary is its own chunk, fetched when that language is first shown: the
 * first paint downloads one dictionary, not three. (No fallback language: the kk and ru maps' types
 * refuse a missing key, so a fallback would only cost a second download.)
 */
const DICTIONARIES: Record<TUiLocale, () => Promise<Record<string, string>>> = {
  en: () => import("./en/index.ts").then((module) => module.en),
  kk: () => import("./kk/index.ts").then((module) => module.kk),
  ru: () => import("./ru/index.ts").then((module) => module.ru),
};

async function loadDictionary(locale: TUiLocale): Promise<void> {
  if (i18next.hasResourceBundle(locale, "translation")) return;
  i18next.addResourceBundle(locale, "translation", await DICTIONARIES[locale]());
}

/**
 * Fetches the dictionary of the signed-in account's language (from the boot payload) or else of
 * the language this browser last used; the app renders after it.
 */
export async function loadInitialLocale(accountLocale: string | undefined): Promise<void> {
  if (isUiLocale(accountLocale)) return setLocale(accountLocale);
  await loadDictionary(currentLocale());
  document.documentElement.lang = currentLocale();
}

// Keys are flat ("queue.title"), placeholders are `{name}`: configure i18next to match.
void i18next.init({
  lng: storedLocale(),
  fallbackLng: false,
  resources: {},
  keySeparator: false,
  nsSeparator: false,
  interpolation: { prefix: "{", suffix: "}", escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export const i18n = i18next;

export function currentLocale(): TUiLocale {
  const lang = i18next.language;
  return isUiLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** Switches the language and remembers it in this browser (the account remembers it server-side). */
export async function setLocale(locale: TUiLocale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered in this browser; the account still has it
  }
  await loadDictionary(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** Looks up a message in the active language and fills its `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return i18next.t(key, vars);
}

/** A count with its noun in the active language's plural form: `tp("queue.count", 3)`. */
export function tp(base: PluralBase, count: number): string {
  const category = new Intl.PluralRules(INTL_TAG[currentLocale()]).select(count);
  const specific = `${base}.${category}`;
  const key = (
    i18next.exists(specific) ? specific : category === "one" ? `${base}.one` : `${base}.other`
  ) as MessageKey;
  return i18next.t(key, { count: formatNumber(count) });
}

/** Built-in verdict wording (the meanings) comes from contracts, where the public pages read it too. */
export function verdictLabel(verdict: TVerdict): string {
  return VERDICT_LABELS[verdict][currentLocale()];
}

/** A label of the team's verdict scale in the dashboard's language. */
export function labelWording(label: Pick<TVerdictLabel, "wording">): string {
  return label.wording[currentLocale()];
}

/**
 * Kazakh month names written out: browsers' ICU data for kk is patchy (Debian's Chromium prints
 * "2026 М03 14"), so kk dates are composed here in the standard "2026 ж. 14 наурыз" order.
 */
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];

function kazakhDate(date: Date, withTime: boolean): string {
  const day = `${date.getFullYear()} ж. ${date.getDate()} ${KK_MONTHS[date.getMonth()]}`;
  if (!withTime) return day;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function formatter(options: Intl.DateTimeFormatOptions, withTime: boolean) {
  return (iso: string | null | undefined): string => {
    if (!iso) return "—";
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const locale = currentLocale();
    return locale === "kk"
      ? kazakhDate(date, withTime)
      : new Intl.DateTimeFormat(INTL_TAG[locale], options).format(date);
  };
}

/** ISO time → e.g. "2026 ж. 14 наурыз, 10:05" / "14 мар. 2026 г., 10:05" in the browser's time zone. */
export const formatDateTime = formatter({ dateStyle: "medium", timeStyle: "short" }, true);
export const formatDate = formatter({ dateStyle: "medium" }, false);

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : new Intl.NumberFormat(INTL_TAG[currentLocale()]).format(value);
}
