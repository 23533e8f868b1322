import type { TPublishedNotice } from "@tekser/contracts";
import { buildFeed, sharedLanguage } from "./feed-builder.ts";
import type { PublisherInfo } from "./publisher.ts";
import { languageTag } from "./verdict.ts";

export interface FeedOptions {
  /** Absolute URL this feed is served at (Atom/RSS self link, JSON Feed `feed_url`). */
  selfUrl: string;
}

/** RSS 2.0 feed of published notices, newest update first. */
export function renderRssFeed(notices: TPublishedNotice[], publisher: PublisherInfo, opts: FeedOptions): string {
  return buildFeed(notices, publisher, opts.selfUrl, "xml").rss2();
}

/** Atom 1.0 feed of published notices, newest update first. */
export function renderAtomFeed(notices: TPublishedNotice[], publisher: PublisherInfo, opts: FeedOptions): string {
  return buildFeed(notices, publisher, opts.selfUrl, "xml").atom1();
}

/**
 * JSON Feed 1.1 of published notices. `feed` 6 only writes JSON Feed 1.0, so its output is
 * upgraded: the 1.1 version URL, `language`, and `authors` arrays in place of the deprecated
 * single `author`.
 */
export function renderJsonFeed(notices: TPublishedNotice[], publisher: PublisherInfo, opts: FeedOptions): string {
  const v1 = JSON.parse(buildFeed(notices, publisher, opts.selfUrl, "json").json1()) as JsonFeedObject;
  const lang = sharedLanguage(notices);
  const items = Array.isArray(v1.items) ? (v1.items as JsonFeedObject[]) : [];
  const upgraded: JsonFeedObject = {
    ...withAuthors(v1),
    version: "https://jsonfeed.org/version/1.1",
    language: lang ? languageTag(lang) : undefined,
    items: items.map((item) => {
      const ext = item._tekser as { lang?: unknown } | undefined;
      const itemLang = typeof ext?.lang === "string" && ext.lang !== "other" ? ext.lang : undefined;
      return { ...withAuthors(item), language: itemLang };
    }),
  };
  // JSON.stringify drops the undefined `language` keys, as JSON Feed wants absent, not null.
  return JSON.stringify(upgraded, null, 2);
}

type JsonFeedObject = Record<string, unknown>;

function withAuthors(object: JsonFeedObject): JsonFeedObject {
  const { author, ...rest } = object;
  return author === undefined ? rest : { ...rest, authors: [author] };
}
