import type { TParsedItem } from "@tekser/contracts";
import { attributedSource, sourceLineValue } from "../attribution.ts";
import { canonicalizeUrl, siteFromUrlOrDomain } from "../canonical-url.ts";
import { detectLanguage } from "../detect-language.ts";
import { RecordRefusal } from "../errors.ts";
import { htmlToText } from "../html-page/dom-text.ts";
import { isoOrNull, newItem } from "../item.ts";
import { uniqueStrings } from "../parse-context.ts";
import { parseFeedDate } from "./feed-date.ts";

/** One feed entry with its fields read from whichever feed dialect carried it. */
export interface FeedEntry {
  location: string;
  title: string | null;
  /** The entry body as HTML (content:encoded, content, description, summary). */
  bodyHtml: string | null;
  link: string | null;
  date: string | null;
  /** When the entry was last modified (Atom `updated`, JSON Feed `date_modified`); RSS has none. */
  modified?: string | null;
  author: string | null;
  sourceUrl: string | null;
  mediaUrls: (string | null)[];
}

export interface FeedInfo {
  /** The site that publishes the feed: the channel link, else the feed's own URL. */
  site: string;
  language: string | null;
  fetchedAt: Date;
}

/** A normalised item for a feed entry, or a reason it cannot be one. */
export function feedEntryItem(entry: FeedEntry, feed: FeedInfo): TParsedItem | RecordRefusal {
  const title = entry.title ? htmlToText(entry.title) || null : null;
  const body = entry.bodyHtml ? htmlToText(entry.bodyHtml) : "";
  if (!title && !body) return new RecordRefusal("feed.entryEmpty", "the entry has neither a title nor a body");
  const url = entry.link && /^https?:\/\//i.test(entry.link) ? entry.link : null;
  const firstLine = body.split("\n")[0] ?? "";
  const credited = siteFromUrlOrDomain(entry.sourceUrl ?? "") ?? attributedSource(firstLine) ?? lastSourceLine(body);
  const text = body || title || "";
  const detected = detectLanguage(`${title ?? ""}\n${text}`);
  return newItem({
    kind: body ? "article" : "headline",
    location: entry.location,
    site: (url ? siteFromUrlOrDomain(url) : null) ?? feed.site,
    text,
    lang: detected === "other" ? declaredLang(feed.language) : detected,
    title,
    url,
    canonicalUrl: url ? canonicalizeUrl(url) : null,
    originalSource: credited,
    publishedAt: isoOrNull(parseFeedDate(entry.date, feed.fetchedAt)),
    ...(entry.modified === undefined ? {} : { editedAt: isoOrNull(parseFeedDate(entry.modified, feed.fetchedAt)) }),
    author: entry.author ? htmlToText(entry.author) || null : null,
    links: uniqueStrings(hrefs(entry.bodyHtml ?? "")),
    mediaUrls: uniqueStrings(entry.mediaUrls),
  });
}

function declaredLang(language: string | null): TParsedItem["lang"] {
  const code = (language ?? "").toLowerCase().slice(0, 2);
  return code === "kk" || code === "ru" || code === "en" ? code : "other";
}

function lastSourceLine(body: string): string | null {
  const lines = body.split("\n").filter((l) => l.trim() !== "");
  return sourceLineValue(lines.at(-1) ?? "");
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href\s*=\s*["'](https?:\/\/[^"']+)["']/gi)].map((m) => m[1] ?? "");
}
