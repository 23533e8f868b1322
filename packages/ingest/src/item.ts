import type { TParsedItem } from "@tekser/contracts";

/** An item with every optional field empty; parsers fill in what they found. */
export function newItem(
  fields: Pick<TParsedItem, "kind" | "location" | "site" | "text" | "lang"> & Partial<TParsedItem>,
): TParsedItem {
  return {
    parentLocation: null,
    url: null,
    canonicalUrl: null,
    originalSource: null,
    title: null,
    publishedAt: null,
    archivedAt: null,
    author: null,
    views: null,
    reposts: null,
    links: [],
    mediaUrls: [],
    languageVersions: [],
    ...fields,
  };
}

export function isoOrNull(date: Date | null): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}
