import { IngestParseError } from "../errors.ts";
import { parseLocalDate } from "../local-date.ts";
import {
  eachRecord,
  isRecord,
  notAnObject,
  str,
  withoutId,
  count,
  type ParseContext,
  type ParseResult,
} from "../parse-context.ts";
import { fromUnixSeconds, socialPostItem } from "./post-item.ts";

type Json = Record<string, unknown>;

/**
 * Telegram Desktop channel export (`result.json`): `messages[]` whose `text` is a string or an
 * array of strings and entity objects. Service messages (pins, joins) are skipped silently.
 */
export function parseTelegramExport(doc: Json, ctx: ParseContext): ParseResult {
  const channelId = str(doc["id"]);
  const channelName = str(doc["name"]);
  const messages = Array.isArray(doc["messages"]) ? doc["messages"] : [];
  return eachRecord(
    messages,
    (i) => `$.messages[${i}]`,
    (message, location) => {
      if (!isRecord(message)) return notAnObject("message");
      if (message["type"] === "service") return null;
      const id = str(message["id"]);
      if (!id) return withoutId("the message", ["id"]);
      const entities = Array.isArray(message["text"]) ? message["text"] : [];
      return socialPostItem({
        location,
        site: "t.me",
        text: entityText(message["text"]),
        url: channelId ? channelPostUrl(channelId, id) : null,
        publishedAt:
          fromUnixSeconds(message["date_unixtime"]) ??
          parseLocalDate(str(message["date"]) ?? "", { now: ctx.fetchedAt }),
        editedAt:
          fromUnixSeconds(message["edited_unixtime"]) ??
          (str(message["edited"]) ? parseLocalDate(str(message["edited"]) ?? "", { now: ctx.fetchedAt }) : null),
        author: str(message["author"]) ?? str(message["from"]) ?? channelName,
        originalSource: str(message["forwarded_from"]),
        views: count(message["views"]),
        links: entities
          .filter(isRecord)
          .map((e) => (e["type"] === "link" ? printedLink(str(e["text"])) : str(e["href"]))),
        mediaUrls: [str(message["photo"]), str(message["file"])],
      });
    },
  );
}

/**
 * Bot API updates carrying `channel_post` / `edited_channel_post`: one update, an array of
 * updates, or a `getUpdates` response (`{ ok, result: [...] }`). Other updates are skipped.
 */
export function parseTelegramUpdates(doc: unknown, _ctx: ParseContext): ParseResult {
  if (isRecord(doc) && doc["ok"] === false) {
    const description = str(doc["description"]) ?? "—";
    throw new IngestParseError(
      "$.ok",
      `the Bot API reported an error: ${str(doc["description"]) ?? "no description"}`,
      { code: "input.apiError", params: { service: "Telegram Bot API", description } },
    );
  }
  const [updates, path] = Array.isArray(doc)
    ? [doc, "$"]
    : isRecord(doc) && Array.isArray(doc["result"])
      ? [doc["result"], "$.result"]
      : [[doc], "$"];
  return eachRecord(
    updates,
    (i) => (path === "$" && !Array.isArray(doc) ? "$" : `${path}[${i}]`),
    (update, location) => {
      if (!isRecord(update)) return notAnObject("update");
      const key = isRecord(update["channel_post"])
        ? "channel_post"
        : isRecord(update["edited_channel_post"])
          ? "edited_channel_post"
          : null;
      if (!key) return null;
      const post = update[key] as Json;
      const chat = isRecord(post["chat"]) ? post["chat"] : {};
      const id = str(post["message_id"]);
      const chatId = str(chat["id"]);
      if (!id || !chatId) return withoutId(key, ["message_id", "chat.id"]);
      const username = str(chat["username"]);
      const canonical = channelPostUrl(chatId.replace(/^-100/, ""), id);
      const forwardChat = isRecord(post["forward_from_chat"])
        ? post["forward_from_chat"]
        : isRecord(post["forward_origin"]) && isRecord(post["forward_origin"]["chat"])
          ? post["forward_origin"]["chat"]
          : null;
      const entities = Array.isArray(post["entities"])
        ? post["entities"]
        : Array.isArray(post["caption_entities"])
          ? post["caption_entities"]
          : [];
      const text = str(post["text"]) ?? str(post["caption"]);
      return socialPostItem({
        location: `${location}.${key}`,
        site: "t.me",
        text,
        url: username ? `https://t.me/${username}/${id}` : canonical,
        canonicalUrl: canonical,
        publishedAt: fromUnixSeconds(post["date"]),
        editedAt: fromUnixSeconds(post["edit_date"]),
        author: str(post["author_signature"]) ?? str(chat["title"]),
        originalSource: forwardChat
          ? str(forwardChat["username"])
            ? `t.me/${str(forwardChat["username"])}`
            : str(forwardChat["title"])
          : null,
        views: count(post["views"]),
        links: entities
          .filter(isRecord)
          .map((e) => (e["type"] === "url" && text ? printedLink(entitySlice(text, e)) : str(e["url"]))),
      });
    },
  );
}

/** The stable link form for a channel post by internal id, the same from both routes. */
function channelPostUrl(channelId: string, messageId: string): string {
  return `https://t.me/c/${channelId.replace(/^-100/, "")}/${messageId}`;
}

function entityText(text: unknown): string | null {
  if (typeof text === "string") return text;
  if (!Array.isArray(text)) return null;
  return text
    .map((part) =>
      typeof part === "string" ? part : isRecord(part) && typeof part["text"] === "string" ? part["text"] : "",
    )
    .join("");
}

// Bot API entity offsets count UTF-16 code units, which is how JS strings index.
/**
 * A link Telegram recognised in the text, as printed: "zakon.kz/2026/…" has no scheme, and a
 * reader's tap opens it over http, so it is kept as that address rather than dropped.
 */
function printedLink(printed: string | null): string | null {
  return printed === null || /^[a-z][a-z0-9+.-]*:/i.test(printed) ? printed : `http://${printed}`;
}

function entitySlice(text: string, entity: Json): string | null {
  const offset = count(entity["offset"]);
  const length = count(entity["length"]);
  return offset === null || length === null ? null : text.slice(offset, offset + length);
}
