import { isRecord } from "./parse-context.ts";
import { isTelegramWebPreview } from "./social/telegram-web.ts";

export const INPUT_FORMATS = [
  "text-page",
  "html-page",
  "feed",
  "json-feed",
  "telegram-export",
  "telegram-bot",
  "telegram-web",
  "x-api",
  "vk-wall",
  "csv",
] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const JSON_FORMATS = new Set<InputFormat>(["json-feed", "telegram-export", "telegram-bot", "x-api", "vk-wall"]);

const FEED_ROOT = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;
const CSV_HEADER = /^[^\n]*\b(?:text|message|caption|description)\b[^\n]*[,;\t]/i;

/**
 * The format of a text input, decided by its content first (saved pages often carry odd
 * extensions) and its name only as a hint: JSON by shape, XML feeds by root element, CSV by
 * extension or a header naming a text column, a Telegram channel's web preview by its message
 * blocks, HTML by its opening tags, else a text dump.
 * `json` is the already-parsed JSON when the text is JSON, so it is parsed once.
 */
export function detectFormat(text: string, name: string, json?: unknown): InputFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .replace(/^\s*(?:<!--[\s\S]*?-->\s*)*/, "");
  if (json !== undefined) return detectJsonFormat(json);
  if (FEED_ROOT.test(head)) return "feed";
  if (/\.(?:rss|atom|rdf)(?:$|[?#])/i.test(name.trim()) && head.startsWith("<")) return "feed";
  if (/^<\?xml/i.test(head) && !/<html[\s>]/i.test(head)) return "feed";
  if (/\.(?:csv|tsv)(?:$|[?#])/i.test(name.trim()) || CSV_HEADER.test(head)) return "csv";
  if (head.startsWith("<") && isTelegramWebPreview(text)) return "telegram-web";
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return "html-page";
  if (/<(?:html|head|body)[\s>]/i.test(head) && /<\/?(?:meta|title|div|p|script)[\s>]/i.test(head)) return "html-page";
  if (/\.x?html?(?:$|[?#])/i.test(name.trim()) && /^<[a-z!]/i.test(head)) return "html-page";
  return "text-page";
}

/** Whether the text should be parsed as JSON before detection. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text.slice(0, 64)) && !/^\s*\[\s*[A-Za-z]/.test(text.slice(0, 64));
}

function detectJsonFormat(json: unknown): InputFormat {
  const first: unknown = Array.isArray(json) ? (json as unknown[])[0] : json;
  if (!isRecord(first)) return "telegram-bot";
  if (typeof first["version"] === "string" && first["version"].includes("jsonfeed.org")) return "json-feed";
  if (Array.isArray(first["messages"])) return "telegram-export";
  if ("update_id" in first || "channel_post" in first || (first["ok"] !== undefined && "result" in first))
    return "telegram-bot";
  const response = isRecord(first["response"]) ? first["response"] : first;
  const vkItem: unknown = Array.isArray(response["items"]) ? (response["items"] as unknown[])[0] : undefined;
  if ((isRecord(vkItem) && "owner_id" in vkItem) || (isRecord(first["error"]) && "error_code" in first["error"]))
    return "vk-wall";
  if ("data" in first || "includes" in first || Array.isArray(first["errors"])) return "x-api";
  if (Array.isArray(first["items"])) return "json-feed";
  return "telegram-bot";
}
