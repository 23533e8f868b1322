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
import { parseTelegramWebPreview } from "./social/telegram-web.ts";
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
  return { format, ...nothingUnsaid(keepHttpUrls(checked), format, text, json) };
}

/**
 * An input that brings no item says why: a malformed or unexpected file (a JSON object of
 * another shape, an XML document that is no feed) must not pass as a clean run that found
 * nothing. A well-formed container that is simply empty — a quiet feed's channel, a
 * `getUpdates` answer with no updates, `[]` — is no error: a polled source returns those.
 */
function nothingUnsaid(result: ParseResult, format: InputFormat, text: string, json: unknown): ParseResult {
  if (result.items.length > 0 || result.errors.length > 0 || isEmptyContainer(format, text, json)) return result;
  return {
    items: [],
    errors: [
      {
        location: "document",
        message: `no items found: read as ${format}, the input holds none of its records (check the file, or name its format with --format)`,
        code: "input.noItems",
        params: { format },
      },
    ],
  };
}

/**
 * Where the JSON formats keep their records (JSON Feed, Telegram export, Bot API, X, VK): an
 * empty answer carries no record to tell its format by, so any of them empty will do.
 */
const RECORD_LISTS: ((json: Record<string, unknown>) => unknown)[] = [
  (json) => json["items"],
  (json) => json["messages"],
  (json) => json["result"],
  (json) => json["data"] ?? (isRecord(json["meta"]) && json["meta"]["result_count"] === 0 ? [] : undefined),
  (json) => (isRecord(json["response"]) ? json["response"]["items"] : undefined),
];

function isEmptyContainer(format: InputFormat, text: string, json: unknown): boolean {
  if (format === "feed") return /<(?:channel|feed)[\s>]/i.test(text.slice(0, 65_536));
  if (Array.isArray(json)) return json.length === 0;
  return (
    isRecord(json) &&
    RECORD_LISTS.some((list) => {
      const records = list(json);
      return Array.isArray(records) && records.length === 0;
    })
  );
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
    throw new IngestParseError(
      "document",
      `the input is nested too deeply to read (${error.message}): arrays, objects or elements inside each other thousands of levels deep`,
      {
        code: "input.nestedTooDeep",
      },
    );
  }
}

function parseAs(
  format: InputFormat,
  text: string,
  json: unknown,
  ctx: ParseContext,
  mapping?: CsvMapping,
): ParseResult {
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
    case "telegram-web":
      return parseTelegramWebPreview(text, ctx);
    default:
      return parseJsonObject(format, json, ctx);
  }
}

function parseJsonObject(format: InputFormat, json: unknown, ctx: ParseContext): ParseResult {
  if (!isRecord(json))
    throw new IngestParseError(
      "$",
      `expected a JSON object for ${format}, found ${Array.isArray(json) ? "an array" : typeof json}`,
      { code: "json.notObject", params: { format } },
    );
  if (format === "json-feed") return parseJsonFeed(json, ctx);
  if (format === "telegram-export") return parseTelegramExport(json, ctx);
  if (format === "x-api") return parseXApi(json, ctx);
  return parseVkWall(json, ctx);
}
