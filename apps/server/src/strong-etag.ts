import { createHash } from "node:crypto";

/** A strong ETag: the body's SHA-256, so equal bodies from any server process get equal tags. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/**
 * Whether a request's If-None-Match names `etag`, so a 304 answers it. The comparison is weak
 * (RFC 9110, 13.1.2): `W/"x"` names `"x"`, since a cache or proxy on the way may have weakened
 * the tag; the header may list several tags, or be `*`.
 */
export function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
