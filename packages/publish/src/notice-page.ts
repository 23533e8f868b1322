import type { TPublishedNotice } from "@tekser/contracts";
import { buildClaimReview } from "./claim-review.ts";
import { escapeHtml, jsonForScript } from "./html.ts";
import { renderNoticeArticle } from "./notice-page-sections.ts";
import { NOTICE_PAGE_CSS } from "./notice-page-style.ts";
import { archiveUrl, noticeUrl, type PublisherInfo } from "./publisher.ts";
import { languageTag, uiLang, verdictLabel } from "./verdict.ts";

/**
 * The public notice page: a complete HTML document readable without JavaScript. The only
 * script is the ClaimReview JSON-LD, which search engines and fact-check aggregators read.
 */
export function renderNoticePage(notice: TPublishedNotice, publisher: PublisherInfo): string {
  const url = noticeUrl(publisher.baseUrl, notice.id);
  const label = verdictLabel(notice);
  const title = `${label}: ${notice.headline} — ${publisher.name}`;
  // "und" (undetermined) is the BCP 47 way to say the language has no tag of its own.
  const htmlLang = languageTag(notice.lang) ?? "und";
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(notice.summary)}">
<link rel="canonical" href="${escapeHtml(url)}">
${alternateLinks(notice, publisher.baseUrl)}
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(`${label}: ${notice.headline}`)}">
<meta property="og:description" content="${escapeHtml(notice.summary)}">
<meta property="og:url" content="${escapeHtml(url)}">
<meta property="og:site_name" content="${escapeHtml(publisher.name)}">
<style>${NOTICE_PAGE_CSS}</style>
${claimReviewScript(notice, publisher)}</head>
<body>
<header class="site site-header"><a href="${escapeHtml(archiveUrl(publisher.baseUrl, uiLang(notice.lang)))}">${escapeHtml(publisher.name)}</a></header>
<main>
${renderNoticeArticle(notice, publisher)}
</main>
</body>
</html>
`;
}

/** hreflang alternates for every language version, self included, as search engines require. */
function alternateLinks(notice: TPublishedNotice, baseUrl: string): string {
  const versions = [{ id: notice.id, lang: notice.lang }, ...notice.translations];
  return versions
    .flatMap(({ id, lang }) => {
      const tag = languageTag(lang);
      return tag ? [`<link rel="alternate" hreflang="${tag}" href="${escapeHtml(noticeUrl(baseUrl, id))}">`] : [];
    })
    .join("\n");
}

/**
 * A retracted verdict must not keep circulating through search engines and fact-check
 * aggregators (which read only the markup, not our banner), so its page keeps the text for the
 * record but drops the ClaimReview markup.
 */
function claimReviewScript(notice: TPublishedNotice, publisher: PublisherInfo): string {
  if (notice.status === "retracted") return "";
  return `<script type="application/ld+json">${jsonForScript(buildClaimReview(notice, publisher))}</script>\n`;
}
