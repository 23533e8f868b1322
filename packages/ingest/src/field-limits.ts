import type { TParsedItem } from "@tekser/contracts";

/**
 * The longest title, author, outlet or site kept, and the longest URL. Longer values come from
 * broken or crafted inputs: they would be carried into every page, feed and notice that shows
 * the item, and a URL over about 2,700 bytes cannot be stored in a B-tree index at all.
 */
export const MAX_FIELD_CHARS = 2048;

const NAME_FIELDS = ["title", "author", "originalSource"] as const satisfies readonly (keyof TParsedItem)[];

/**
 * The item with its names cut to MAX_FIELD_CHARS (ending in "…"). Longer URLs are left out by
 * `keepHttpUrls`, which walks every URL field anyway: a cut URL would point somewhere else.
 */
export function withinFieldLimits(item: TParsedItem): TParsedItem {
  const bounded = { ...item, site: cut(item.site) };
  for (const field of NAME_FIELDS) bounded[field] = item[field] === null ? null : cut(item[field]);
  return bounded;
}

function cut(value: string): string {
  if (value.length <= MAX_FIELD_CHARS) return value;
  let end = MAX_FIELD_CHARS - 1;
  // Never split a surrogate pair (an emoji in a title).
  if (/[\uD800-\uDBFF]/.test(value.charAt(end - 1))) end--;
  return `${value.slice(0, end)}…`;
}
