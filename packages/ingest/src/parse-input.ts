import type { TParsedItem } from "@tekser/contracts";
import { decodeInput } from "./decode-input.ts";
import { detectFormat, type InputFormat } from "./detect-format.ts";
import type { LocatedError } from "./errors.ts";
import { parseHtmlPage } from "./html-page/html-page-parser.ts";
import { parseTextPage } from "./text-page/text-page-parser.ts";

export interface ParseOutcome {
  format: InputFormat;
  items: TParsedItem[];
  errors: LocatedError[];
}

/**
 * Decodes an input, detects its format from the content (the name is a hint) unless `format`
 * is given, and parses it into items and located errors.
 * @throws IngestParseError only when the input as a whole is unreadable (empty, binary, undecodable).
 */
export function parseInput(input: { name: string; bytes: Uint8Array; fetchedAt: Date; format?: InputFormat }): ParseOutcome {
  const text = decodeInput(input.bytes);
  const format = input.format ?? detectFormat(text, input.name);
  const ctx = { name: input.name, fetchedAt: input.fetchedAt };
  const result = format === "html-page" ? parseHtmlPage(text, ctx) : parseTextPage(text, ctx);
  return { format, ...result };
}
