import type { TLang, TPublishedNotice } from "@tekser/contracts";
import { Feed, type Item } from "feed";
import { escapeHtml, escapeHtmlText, textToParagraphs } from "./html.ts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { uiStrings } from "./ui-strings.ts";
import { languageTag, verdictLabel } from "./verdict.ts";

/**
 * `xml` (RSS, Atom): titles and summaries are read as HTML, so they are escaped.
 * `json`: JSON Feed `title` and `summary` are plain text, and items carry the `_tekser` extension.
 */
export type FeedFlavour = "xml" | "json";

/** One `feed` instance holding the notices, newest update first, shaped for one output flavour. */
export function buildFeed(
  notices: TPublishedNotice[],
  publisher: PublisherInfo,
  selfUrl: string,
  flavour: FeedFlavour,
): Feed {
  const sorted = [...notices].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  const lang = sharedLanguage(notices);
  const feed = new Feed({
    title: publisher.name,
    description: uiStrings(lang ?? "en").noticesFeedDescription,
    id: selfUrl,
    link: publisher.baseUrl,
    feed: selfUrl,
    feedLinks: { json: selfUrl },
    language: lang ? languageTag(lang) : undefined,
    image: publisher.logoUrl,
    generator: "Tekser",
    author: { name: publisher.name, link: publisher.url },
    // Taken from the data, not the clock, so identical input renders identical bytes (ETags,
    // caches). An empty feed has no such date and falls back to `feed`'s default of now.
    updated: sorted[0] ? new Date(sorted[0].updatedAt) : undefined,
  });
  for (const notice of sorted) feed.addItem(feedItem(notice, publisher, flavour));
  return feed;
}

function feedItem(notice: TPublishedNotice, publisher: PublisherInfo, flavour: FeedFlavour): Item {
  const url = noticeUrl(publisher.baseUrl, notice.id);
  const title = `[${verdictLabel(notice)}] ${notice.headline}`;
  const plain = flavour === "json";
  return {
    id: url,
    link: url,
    title: plain ? title : escapeHtmlText(title),
    description: plain ? notice.summary : escapeHtmlText(notice.summary),
    content: itemContentHtml(notice),
    date: new Date(notice.updatedAt),
    published: new Date(notice.publishedAt),
    category: [{ name: notice.verdict, term: notice.verdict }],
    extensions: plain ? [{ name: "_tekser", objects: tekserExtension(notice) }] : undefined,
  };
}

/** Summary and rationale as HTML, led by the retraction notice when there is one. */
function itemContentHtml(notice: TPublishedNotice): string {
  const t = uiStrings(notice.lang);
  const retraction = notice.status === "retracted" ? `<p><strong>${escapeHtml(t.retracted)}</strong></p>\n` : "";
  return `${retraction}${textToParagraphs(notice.summary)}\n<h2>${escapeHtml(t.rationale)}</h2>\n${textToParagraphs(notice.rationale)}`;
}

/** Machine-readable facts a JSON Feed consumer should not have to scrape from the title. */
function tekserExtension(notice: TPublishedNotice): Record<string, unknown> {
  return {
    verdict: notice.verdict,
    // The team's label as this version was published with it; absent for versions older than the scale.
    verdictLabel: notice.verdictLabel,
    version: notice.version,
    lang: notice.lang,
    claimReviewed: notice.claimReviewed,
    status: notice.status,
    history: notice.history,
    // The signed document and its Ed25519 signature: verify with /.well-known/jwks.json.
    signed: notice.signed ?? undefined,
  };
}

/** The language every notice is in, if they agree; a mixed feed declares none. */
export function sharedLanguage(notices: TPublishedNotice[]): TLang | undefined {
  const first = notices[0]?.lang;
  return first && notices.every((notice) => notice.lang === first) ? first : undefined;
}
