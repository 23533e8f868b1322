import { createHash } from "node:crypto";
import type { TParsedItem } from "@tekser/contracts";
import { normaliseSite } from "./canonical-url.ts";

/** SHA-256 of UTF-8 text or raw bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** NFC, no zero-width characters or soft hyphens, every whitespace run as one space. */
export function normaliseForHash(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Identity of an item's content: the same article reached through a text dump, an HTML page
 * or a feed hashes the same. The site stands in for the URL because text dumps carry no URL
 * (using canonicalUrl would split one article into two identities); views, dates and
 * locations are left out because they change between fetches.
 */
export function contentHash(item: TParsedItem): string {
  const site = item.canonicalUrl ? (siteOfUrl(item.canonicalUrl) ?? item.site) : item.site;
  const identity = [item.kind, normaliseSite(site), normaliseForHash(item.title ?? ""), normaliseForHash(item.text)];
  return sha256Hex(JSON.stringify(identity));
}

function siteOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
