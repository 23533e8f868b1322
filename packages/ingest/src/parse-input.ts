import { decodeInput } from "./decode-input.ts";
import { detectFormat, JSON_FORMATS, looksLikeJson, type InputFormat } from "./detect-format.ts";
import { IngestParseError } from "./errors.ts";
import { withinFieldLimits } from "./field-limits.ts";
import { parseJsonFeed } from "./feed/json-feed-parser.ts";
import { parseXmlFeed } from "./feed/xml-feed-parser.ts";
import { parseHtmlPage } from "./html-page/html-page-parser.ts";
import { keepHttpUrls } from "./http-urls.ts";
import { parseJson } from "./json-input.ts";
import { isRecord, type ParseContext, type ParseResult } from "./parse-context.ts";
import { parseCsvPosts, type CsvMapping } from "./social/csv-posts.ts";
import { parseTelegramExport, parseTelegramUpdates } from "./social/telegram.ts";
import { parseVkWall } from "./social/vk-wall.ts";
import { parseXApi } from "./social/x-api.ts";
import { parseTextPage } from "./text-page/text-page-parser.ts";
import { keepPlausiblePublicationTimes } from "./publication-time.ts";

export interface ParseOutcome extends ParseResult {
  format: InputFormat;
}

export interface ParseInputOptions {
  name: string;
  bytes: Uint8Array;
  fetchedAt: Date;
  /** Overrides detection (`--format`). */
  format?: InputFormat;
  /** The charset an HTTP response declared (Content-Type), trusted over sniffing. */
  charset?: string | null;
  csvMapping?: CsvMapping;
}

/**
 * Decodes an input, detects its format from the content (the name is a hint) unless `format`
 * is given, and parses it into items and located errors, their fields within MAX_FIELD_CHARS.
 * @throws IngestParseError only when the input as a whole is unreadable (empty, binary,
 * undecodable, not JSON where JSON is required, not a feed where a feed is required).
 */
export function parseInput(input: ParseInputOptions): ParseOutcome {
  const text = decodeInput(input.bytes, { charset: input.charset });
  const wantsJson = input.format ? JSON_FORMATS.has(input.format) : looksLikeJson(text);
  const json = wantsJson ? parseJson(text) : undefined;
  const format = input.format ?? detectFormat(text, input.name, json);
  const ctx: ParseContext = { name: input.name, fetchedAt: input.fetchedAt };
  const { items, errors } = withinStack(() => parseAs(format, text, json, ctx, input.csvMapping));
  const checked = keepPlausiblePublicationTimes({ items: items.map(withinFieldLimits), errors }, input.fetchedAt);
  return { format, ...nothingUnsaid(keepHttpUrls(checked), format) };
}

/**
 * An input that brings no item says why: a malformed or unexpected file (a JSON object of
 * another shape, a feed without entries) must not pass as a clean run that found nothing.
 */
function nothingUnsaid(result: ParseResult, format: InputFormat): ParseResult {
  if (result.items.length > 0 || result.errors.length > 0) return result;
  return { items: [], errors: [{ location: "document", message: `no items found: read as ${format}, the input holds none of its records (check the file, or name its format with --format)` }] };
}

/**
 * Runs a parser, refusing the input when it is nested deeper than the call stack goes (JSON
 * arrays, XML or HTML elements 100,000 levels deep): a RangeError would otherwise fail every
 * input parsed with this one.
 */
function withinStack(parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new IngestParseError("document", `the input is nested too deeply to read (${error.message}): arrays, objects or elements inside each other thousands of levels deep`);
  }
}

function parseAs(format: InputFormat, text: string, json: unknown, ctx: ParseContext, mapping?: CsvMapping): ParseResult {
  switch (format) {
    case "html-page":
      return parseHtmlPage(text, ctx);
    case "text-page":
      return parseTextPage(text, ctx);
    case "feed":
      return parseXmlFeed(text, ctx);
    case "csv":
      return parseCsvPosts(text, ctx, mapping);
    case "telegram-bot":
      return parseTelegramUpdates(json, ctx);
    default:
      return parseJsonObject(format, json, ctx);
  }
}

function parseJsonObject(format: InputFormat, json: unknown, ctx: ParseContext): ParseResult {
  if (!isRecord(json)) throw new IngestParseError("$", `expected a JSON object for ${format}, found ${Array.isArray(json) ? "an array" : typeof json}`);
  if (format === "json-feed") return parseJsonFeed(json, ctx);
  if (format === "telegram-export") return parseTelegramExport(json, ctx);
  if (format === "x-api") return parseXApi(json, ctx);
  return parseVkWall(json, ctx);
}
