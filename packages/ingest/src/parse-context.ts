import type { TParsedItem } from "@tekser/contracts";
import { RecordRefusal, type LocatedError } from "./errors.ts";

export interface ParseContext {
  /** File name or URL the input came from. */
  name: string;
  fetchedAt: Date;
}

export interface ParseResult {
  items: TParsedItem[];
  errors: LocatedError[];
}

/** A string value, trimmed, or null for anything else (missing, number, object, blank). */
export function str(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A non-negative integer count (views, reposts) from a number or numeric string, else null. */
export function count(value: unknown): number | null {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 2 ** 31 - 1 ? n : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Unique, non-empty values in first-seen order. */
export function uniqueStrings(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
}

/**
 * Runs a per-record parser so one bad record becomes a located error and the rest still parse.
 * `rawOf` gives the record's source text kept with its error (JSON records by default).
 */
export function eachRecord<T>(
  records: readonly T[],
  locate: (index: number) => string,
  parse: (record: T, location: string) => TParsedItem | RecordRefusal | null,
  rawOf: ((record: T) => string | undefined) | null = (record) => JSON.stringify(record),
): ParseResult {
  const result: ParseResult = { items: [], errors: [] };
  records.forEach((record, index) => {
    const location = locate(index);
    const outcome = parse(record, location);
    if (outcome instanceof RecordRefusal) result.errors.push(locatedRefusal(location, outcome, rawOf?.(record)));
    else if (outcome) result.items.push(outcome);
  });
  return result;
}

/** A record's refusal as a located error, with the record's source text when there is one. */
export function locatedRefusal(location: string, refusal: RecordRefusal, raw: string | undefined): LocatedError {
  return {
    location,
    message: refusal.message,
    code: refusal.code,
    ...(refusal.params ? { params: refusal.params } : {}),
    ...(raw === undefined ? {} : { raw }),
  };
}

/** A record that is not a JSON object (`what` names it in English: "message", "post"). */
export const notAnObject = (what: string) => new RecordRefusal("record.notObject", `the ${what} is not a JSON object`);

/** A record without the fields that identify it (`fields` as the input names them). */
export const withoutId = (what: string, fields: readonly string[]) =>
  new RecordRefusal("record.noId", `${what} has no ${fields.join(" or ")}`, { fields: fields.join(", ") });
