import { siteFromUrlOrDomain, siteOfInputName } from "../canonical-url.ts";
import { readCsvRows, type CsvRow } from "../csv-rows.ts";
import { IngestParseError, RecordRefusal, type LocatedError } from "../errors.ts";
import { parseFeedDate } from "../feed/feed-date.ts";
import { count, locatedRefusal, str, type ParseContext, type ParseResult } from "../parse-context.ts";
import { socialPostItem } from "./post-item.ts";

export const CSV_FIELDS = [
  "text",
  "url",
  "title",
  "author",
  "publishedAt",
  "views",
  "reposts",
  "site",
  "kind",
  "media",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Which CSV column feeds which item field, e.g. `{ text: "Message", url: "Post URL" }`. */
export type CsvMapping = Partial<Record<CsvField, string>>;

// Column names used by common monitoring exports (CrowdTangle, Meta Content Library, TikTok
// research exports); an explicit mapping overrides these.
const DEFAULT_COLUMNS: Record<CsvField, string[]> = {
  text: ["text", "message", "description", "caption", "content", "body", "video_description"],
  url: ["url", "link", "post url", "post_url", "permalink", "share_url"],
  title: ["title", "link text", "headline"],
  author: ["author", "page name", "account", "username", "user", "channel", "author_name"],
  publishedAt: [
    "published_at",
    "publishedat",
    "post created",
    "date",
    "created_at",
    "create_time",
    "timestamp",
    "time",
  ],
  views: ["views", "view_count", "post views", "play_count", "total views"],
  reposts: ["reposts", "shares", "share_count", "retweets"],
  site: ["site", "platform", "source"],
  kind: ["kind", "type"],
  media: ["media", "image", "media url", "photo", "thumbnail"],
};

/**
 * A CSV export of posts (Facebook/Instagram/TikTok monitoring tools). The first row names the
 * columns; `mapping` says which column holds which field. A malformed row becomes a located
 * error and the other rows are still read.
 */
export function parseCsvPosts(text: string, ctx: ParseContext, mapping: CsvMapping = {}): ParseResult {
  const errors: LocatedError[] = [];
  let rows: CsvRow[];
  try {
    rows = readCsvRows(text, (line, message, raw) => {
      errors.push({
        location: `line ${String(line)}`,
        message: `unreadable CSV row: ${message}`,
        code: "csv.unreadableRow",
        ...(raw ? { raw } : {}),
      });
    });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new IngestParseError(
      `line ${lines ?? 1}`,
      `not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
      { code: "csv.unreadable" },
    );
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const column = resolveColumns(header, mapping);
  if (!column.text) {
    const columns = header.join(", ") || "—";
    throw new IngestParseError(
      "line 1",
      `no text column: map one with text=<column> (columns: ${header.join(", ") || "none"})`,
      {
        code: "csv.noTextColumn",
        params: { columns },
      },
    );
  }
  const items: ParseResult["items"] = [];
  rows.forEach(({ record, raw, info }, index) => {
    const location = `record ${index + 1} (line ${info.lines})`;
    const get = (field: CsvField) => (column[field] ? str(record[column[field]]) : null);
    const url = get("url");
    const kind = get("kind")?.toLowerCase();
    const item = socialPostItem({
      location,
      kind: kind === "comment" ? "comment" : "post",
      site: platformSite(get("site")) ?? (url ? siteFromUrlOrDomain(url) : null) ?? siteOfInputName(ctx.name),
      text: get("text") ?? get("title"),
      url: url && /^https?:\/\//i.test(url) ? url : null,
      publishedAt: parseFeedDate(get("publishedAt"), ctx.fetchedAt),
      author: get("author"),
      views: count(get("views")?.replace(/[\s,]/g, "")),
      reposts: count(get("reposts")?.replace(/[\s,]/g, "")),
      mediaUrls: (get("media") ?? "").split(/\s+/),
    });
    if (item instanceof RecordRefusal) errors.push(locatedRefusal(location, item, raw));
    else items.push({ ...item, title: get("title") });
  });
  return { items, errors };
}

function resolveColumns(header: string[], mapping: CsvMapping): Partial<Record<CsvField, string>> {
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const resolved: Partial<Record<CsvField, string>> = {};
  for (const field of CSV_FIELDS) {
    const wanted = mapping[field];
    if (wanted !== undefined) {
      const found = lower.get(wanted.toLowerCase());
      if (!found) {
        throw new IngestParseError(
          "line 1",
          `the mapping names column "${wanted}" for ${field}, but the header has: ${header.join(", ")}`,
          {
            code: "csv.mappedColumnMissing",
            params: { column: wanted, columns: header.join(", ") },
          },
        );
      }
      resolved[field] = found;
      continue;
    }
    const alias = DEFAULT_COLUMNS[field].find((name) => lower.has(name));
    if (alias) resolved[field] = lower.get(alias);
  }
  return resolved;
}

const PLATFORM_SITES: Record<string, string> = {
  facebook: "facebook.com",
  instagram: "instagram.com",
  tiktok: "tiktok.com",
  vk: "vk.com",
  telegram: "t.me",
  x: "x.com",
  twitter: "x.com",
};

function platformSite(value: string | null): string | null {
  if (!value) return null;
  return PLATFORM_SITES[value.toLowerCase()] ?? siteFromUrlOrDomain(value);
}
