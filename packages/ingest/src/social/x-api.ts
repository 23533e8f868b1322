import { IngestParseError } from "../errors.ts";
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
import { socialPostItem } from "./post-item.ts";

type Json = Record<string, unknown>;

/**
 * X API v2 tweet lookup / search / timeline responses: `data` (one tweet or an array) with
 * `includes.users`, `includes.media` and `includes.tweets` resolving authors, media and the
 * tweets a retweet or quote refers to. An edited tweet becomes a version of its original.
 */
export function parseXApi(doc: Json, _ctx: ParseContext): ParseResult {
  const data = doc["data"];
  if (data === undefined && Array.isArray(doc["errors"])) {
    const description = describe(doc["errors"][0]);
    throw new IngestParseError("$.errors[0]", `the X API returned only errors: ${description}`, {
      code: "input.apiError",
      params: { service: "X API", description },
    });
  }
  const includes = isRecord(doc["includes"]) ? doc["includes"] : {};
  const users = byKey(includes["users"], "id");
  const media = byKey(includes["media"], "media_key");
  const tweets = byKey(includes["tweets"], "id");
  const list = Array.isArray(data) ? data : [data];
  const inResponse = new Map([...tweets, ...byKey(list, "id")]);
  return eachRecord(
    list,
    (i) => (Array.isArray(data) ? `$.data[${i}]` : "$.data"),
    (tweet, location) => {
      if (!isRecord(tweet)) return notAnObject("tweet");
      const id = str(tweet["id"]);
      if (!id) return withoutId("the tweet", ["id"]);
      const author = users.get(str(tweet["author_id"]) ?? "");
      const username = author ? str(author["username"]) : null;
      const metrics = isRecord(tweet["public_metrics"]) ? tweet["public_metrics"] : {};
      const references = Array.isArray(tweet["referenced_tweets"]) ? tweet["referenced_tweets"].filter(isRecord) : [];
      const shared = references.find((r) => r["type"] === "retweeted" || r["type"] === "quoted");
      const sharedAuthor = shared
        ? users.get(str(tweets.get(str(shared["id"]) ?? "")?.["author_id"]) ?? "")
        : undefined;
      const entities = isRecord(tweet["entities"]) ? tweet["entities"] : {};
      const mediaKeys =
        isRecord(tweet["attachments"]) && Array.isArray(tweet["attachments"]["media_keys"])
          ? tweet["attachments"]["media_keys"]
          : [];
      const note = isRecord(tweet["note_tweet"]) ? str(tweet["note_tweet"]["text"]) : null;
      // An edit is a new tweet id; `edit_history_tweet_ids` lists the versions, oldest first. All
      // versions share the original's URL (one item), and an edit's own time is its edit time.
      const history = Array.isArray(tweet["edit_history_tweet_ids"])
        ? tweet["edit_history_tweet_ids"].map(String)
        : null;
      const originalId = history?.[0] ?? id;
      const isEdit = originalId !== id;
      const createdAt = dateOrNull(str(tweet["created_at"]));
      return socialPostItem({
        location,
        kind: references.some((r) => r["type"] === "replied_to") ? "comment" : "post",
        site: "x.com",
        text: note ?? str(tweet["text"]),
        url: `https://x.com/${username ?? "i"}/status/${id}`,
        canonicalUrl: `https://x.com/i/status/${originalId}`,
        publishedAt: isEdit
          ? (dateOrNull(str(inResponse.get(originalId)?.["created_at"])) ?? snowflakeTime(originalId))
          : createdAt,
        ...(history ? { editedAt: isEdit ? createdAt : null } : {}),
        author: username ? `@${username}` : str(tweet["author_id"]),
        originalSource: sharedAuthor && str(sharedAuthor["username"]) ? `@${str(sharedAuthor["username"])}` : null,
        views: count(metrics["impression_count"]),
        reposts: count(metrics["retweet_count"]),
        links: (Array.isArray(entities["urls"]) ? entities["urls"] : [])
          .filter(isRecord)
          .map((u) => str(u["expanded_url"]) ?? str(u["url"])),
        mediaUrls: mediaKeys
          .map((key) => media.get(String(key)))
          .map((m) => (m ? (str(m["url"]) ?? str(m["preview_image_url"])) : null)),
        platformLang: str(tweet["lang"]),
      });
    },
  );
}

function byKey(value: unknown, key: string): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const entry of Array.isArray(value) ? value : []) {
    const id = isRecord(entry) ? str(entry[key]) : null;
    if (id && isRecord(entry)) map.set(id, entry);
  }
  return map;
}

function dateOrNull(value: string | null): Date | null {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Milliseconds of X's snowflake epoch (2010-11-04T01:42:54.657Z); ids before it carry no time. */
const SNOWFLAKE_EPOCH = 1_288_834_974_657n;
const FIRST_SNOWFLAKE = 2n ** 22n * 1_000_000n;

/**
 * When a tweet was posted, from its id: X's ids are snowflakes whose top bits are milliseconds
 * since the snowflake epoch. An edit fetched without its original still has the original's id in
 * `edit_history_tweet_ids`, so the post keeps its real publication time.
 */
function snowflakeTime(id: string): Date | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const value = BigInt(id);
  return value >= FIRST_SNOWFLAKE ? new Date(Number((value >> 22n) + SNOWFLAKE_EPOCH)) : null;
}

function describe(error: unknown): string {
  return isRecord(error) ? (str(error["detail"]) ?? str(error["title"]) ?? "unknown error") : "unknown error";
}
