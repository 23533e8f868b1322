import { siteFromUrlOrDomain, siteOfInputName } from "../canonical-url.ts";
import { eachRecord, isRecord, notAnObject, str, type ParseContext, type ParseResult } from "../parse-context.ts";
import { feedEntryItem } from "./feed-entry.ts";

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), already parsed from JSON. */
export function parseJsonFeed(feed: Record<string, unknown>, ctx: ParseContext): ParseResult {
  const info = {
    site:
      siteFromUrlOrDomain(str(feed["home_page_url"]) ?? "") ??
      siteFromUrlOrDomain(str(feed["feed_url"]) ?? "") ??
      siteOfInputName(ctx.name),
    language: str(feed["language"]),
    fetchedAt: ctx.fetchedAt,
  };
  const items = Array.isArray(feed["items"]) ? feed["items"] : [];
  return eachRecord(
    items,
    (i) => `$.items[${i}]`,
    (item, location) => {
      if (!isRecord(item)) return notAnObject("item");
      const authors = Array.isArray(item["authors"]) ? item["authors"] : [item["author"]];
      const attachments = Array.isArray(item["attachments"]) ? item["attachments"] : [];
      return feedEntryItem(
        {
          location,
          title: str(item["title"]),
          bodyHtml:
            str(item["content_html"]) ?? escapeText(str(item["content_text"])) ?? escapeText(str(item["summary"])),
          link: str(item["url"]) ?? str(item["external_url"]),
          date: str(item["date_published"]) ?? str(item["date_modified"]),
          modified: str(item["date_modified"]),
          author: authors.map((a) => (isRecord(a) ? str(a["name"]) : null)).find((a) => a) ?? null,
          sourceUrl: str(item["external_url"]),
          mediaUrls: [
            str(item["image"]),
            str(item["banner_image"]),
            ...attachments.map((a) => (isRecord(a) ? str(a["url"]) : null)),
          ],
        },
        info,
      );
    },
  );
}

// content_text is plain text: escape it so the HTML-to-text step keeps it verbatim.
function escapeText(value: string | null): string | null {
  return value === null ? null : value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>");
}
