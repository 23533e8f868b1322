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
import { fromUnixSeconds, socialPostItem } from "./post-item.ts";

type Json = Record<string, unknown>;

/**
 * VK `wall.get` (with or without `extended=1`): `response.items[]` posts; a repost's text and
 * credit come from `copy_history[0]`; `groups`/`profiles` name the authors; `edited` dates an
 * edited post, so an older edit arriving late is kept in edit order (decision 0009).
 */
export function parseVkWall(doc: Json, _ctx: ParseContext): ParseResult {
  if (isRecord(doc["error"])) {
    const [code, reason] = [str(doc["error"]["error_code"]) ?? "?", str(doc["error"]["error_msg"])];
    throw new IngestParseError("$.error", `VK returned error ${code}: ${reason ?? "no message"}`, {
      code: "input.apiError",
      params: { service: "VK API", description: `${code}${reason ? ` ${reason}` : ""}` },
    });
  }
  const response = isRecord(doc["response"]) ? doc["response"] : doc;
  const names = ownerNames(response);
  const items = Array.isArray(response["items"]) ? response["items"] : [];
  const base = doc === response ? "$.items" : "$.response.items";
  return eachRecord(
    items,
    (i) => `${base}[${i}]`,
    (post, location) => {
      if (!isRecord(post)) return notAnObject("post");
      const id = str(post["id"]);
      const owner = str(post["owner_id"]) ?? str(post["from_id"]);
      if (!id || !owner) return withoutId("the post", ["id", "owner_id"]);
      const repost =
        Array.isArray(post["copy_history"]) && isRecord(post["copy_history"][0]) ? post["copy_history"][0] : null;
      const attachments = [...attachmentsOf(post), ...(repost ? attachmentsOf(repost) : [])];
      const repostOwner = repost ? str(repost["owner_id"]) : null;
      return socialPostItem({
        location,
        site: "vk.com",
        text: str(post["text"]) ?? (repost ? str(repost["text"]) : null),
        url: `https://vk.com/wall${owner}_${id}`,
        publishedAt: fromUnixSeconds(post["date"]),
        // `edited` is the Unix time of the last edit; VK leaves it out of posts never edited.
        editedAt: fromUnixSeconds(post["edited"]),
        author: names.get(str(post["from_id"]) ?? owner) ?? names.get(owner) ?? null,
        originalSource: repostOwner
          ? (names.get(repostOwner) ?? `vk.com/wall${repostOwner}_${str(repost?.["id"]) ?? ""}`)
          : null,
        views: isRecord(post["views"]) ? count(post["views"]["count"]) : null,
        reposts: isRecord(post["reposts"]) ? count(post["reposts"]["count"]) : null,
        links: attachments
          .filter((a) => a["type"] === "link")
          .map((a) => (isRecord(a["link"]) ? str(a["link"]["url"]) : null)),
        mediaUrls: attachments.filter((a) => a["type"] === "photo").map((a) => largestPhoto(a["photo"])),
      });
    },
  );
}

// Groups have negative owner ids on the wall; profiles positive.
function ownerNames(response: Json): Map<string, string> {
  const names = new Map<string, string>();
  for (const group of Array.isArray(response["groups"]) ? response["groups"].filter(isRecord) : []) {
    const name = str(group["name"]) ?? str(group["screen_name"]);
    if (name && str(group["id"])) names.set(`-${str(group["id"])}`, name);
  }
  for (const profile of Array.isArray(response["profiles"]) ? response["profiles"].filter(isRecord) : []) {
    const name = [str(profile["first_name"]), str(profile["last_name"])].filter(Boolean).join(" ");
    if (name && str(profile["id"])) names.set(str(profile["id"]) ?? "", name);
  }
  return names;
}

function attachmentsOf(post: Json): Json[] {
  return Array.isArray(post["attachments"]) ? post["attachments"].filter(isRecord) : [];
}

function largestPhoto(photo: unknown): string | null {
  if (!isRecord(photo) || !Array.isArray(photo["sizes"])) return null;
  const sizes = photo["sizes"].filter(isRecord).sort((a, b) => (count(b["width"]) ?? 0) - (count(a["width"]) ?? 0));
  return sizes[0] ? str(sizes[0]["url"]) : null;
}
