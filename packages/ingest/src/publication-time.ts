import type { TParsedItem } from "@tekser/contracts";
import type { ParseResult } from "./parse-context.ts";

// Time zones and clock skew put a fresh post at most about a day ahead of the fetch; a date
// further ahead (9999-12-31, a typo'd year) would sort the item above everything for years.
const MAX_FUTURE_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Drops every publication time more than two days after the fetch: the item keeps no
 * publication time, and a located error names the record, the field and the value.
 */
export function keepPlausiblePublicationTimes(result: ParseResult, fetchedAt: Date): ParseResult {
  const errors = [...result.errors];
  const latest = fetchedAt.getTime() + MAX_FUTURE_MS;
  const items = result.items.map((item): TParsedItem => {
    if (item.publishedAt === null || Date.parse(item.publishedAt) <= latest) return item;
    errors.push({
      location: item.location,
      message: `publication date ${item.publishedAt} is more than 2 days after the fetch (${fetchedAt.toISOString()}): the item is kept without a publication date`,
      code: "item.publishedAfterFetch",
      params: { publishedAt: item.publishedAt },
    });
    return { ...item, publishedAt: null };
  });
  return { items, errors };
}
