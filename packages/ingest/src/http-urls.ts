import { httpUrlOrNull, type TParsedItem } from "@tekser/contracts";
import type { LocatedError } from "./errors.ts";
import { MAX_FIELD_CHARS } from "./field-limits.ts";
import type { ParseResult } from "./parse-context.ts";

const SHOWN_URL_CHARS = 80;
const LIST_FIELDS = [
  ["links", "link"],
  ["mediaUrls", "media URL"],
  ["languageVersions", "language version"],
] as const;

const shown = (value: string) =>
  JSON.stringify(value.length > SHOWN_URL_CHARS ? `${value.slice(0, SHOWN_URL_CHARS)}…` : value);

/** The located error for a URL an item will not keep; `field` names where in the item it was. */
function droppedUrlError(location: string, field: string, value: string): LocatedError {
  return {
    location,
    message: `${field} ${shown(value)} dropped: only absolute http(s) URLs are kept`,
    code: "item.urlDropped",
    params: { value: shown(value) },
  };
}

// A value naming another scheme (javascript:, data:, vbscript:, file:) is reported; a relative
// path (a Telegram export's "photos/photo_1.jpg") is only a file inside the export, dropped quietly.
const OTHER_SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;

/**
 * Keeps only absolute http(s) URLs of at most MAX_FIELD_CHARS in every item's url, canonical URL,
 * links, media and language versions. A document's `og:url` of `javascript:…` would otherwise
 * travel on to the notice JSON, the feeds, the pull API and webhooks; each dropped URL of another
 * scheme is a located error (an over-long one, from a broken or crafted input, is dropped quietly).
 */
export function keepHttpUrls(result: ParseResult): ParseResult {
  const errors = [...result.errors];
  const kept = (location: string, label: string) => (value: string) => {
    if (value.length > MAX_FIELD_CHARS) return false;
    if (httpUrlOrNull(value) !== null) return true;
    if (OTHER_SCHEME.test(value)) errors.push(droppedUrlError(location, label, value));
    return false;
  };
  const items = result.items.map((item): TParsedItem => {
    const single = (field: "url" | "canonicalUrl", label: string) => {
      const value = item[field];
      return value === null || kept(item.location, label)(value) ? value : null;
    };
    const cleaned = {
      ...item,
      url: single("url", "the item's URL"),
      canonicalUrl: single("canonicalUrl", "the item's canonical URL"),
    };
    for (const [field, label] of LIST_FIELDS) cleaned[field] = item[field].filter(kept(item.location, label));
    return cleaned;
  });
  return { items, errors };
}

/**
 * `value` as an absolute http(s) URL (a relative one resolved against `base`, the address the
 * input came from, when known); otherwise null, with a located error unless it was absent.
 */
export function httpUrlOrDropped(
  value: string | null | undefined,
  location: string,
  field: string,
  errors: LocatedError[],
  base: string | null = null,
): string | null {
  if (value === null || value === undefined) return null;
  const url = httpUrlOrNull(value) ?? (base ? httpUrlOrNull(resolved(value, base)) : null);
  if (url === null) errors.push(droppedUrlError(location, field, value));
  return url;
}

function resolved(value: string, base: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
