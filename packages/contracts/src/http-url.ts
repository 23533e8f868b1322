import { validationMessage, type TValidationMessageId } from "./validation-messages.ts";
import { z } from "zod";

// Control characters are stripped by URL parsers ("java\tscript:"), so a value holding one is
// never what it looks like.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * The trimmed value if it is an absolute `http:` or `https:` URL, else null. The one rule for
 * every URL Tekser stores, links to or fetches: `javascript:`, `data:`, `file:` and relative
 * URLs never reach a notice, a feed, the pull API, a webhook or the outbound fetcher.
 */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed === "" || CONTROL_CHARACTER.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "" ? trimmed : null;
}

/** A form or API field holding an absolute http(s) URL; `error` says which field and what is wanted. */
export const httpUrlField = (error: TValidationMessageId) =>
  z
    .string()
    .trim()
    .max(4000, validationMessage("url.tooLong"))
    .refine((value) => httpUrlOrNull(value) !== null, { error });
