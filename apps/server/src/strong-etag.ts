import { createHash } from "node:crypto";

/** A strong ETag: the body's SHA-256, so equal bodies from any server process get equal tags. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}
