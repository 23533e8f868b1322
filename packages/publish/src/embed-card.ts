import type { TPublishedNotice } from "@tekser/contracts";
import { escapeHtml } from "./html.ts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { formatDate, uiStrings } from "./ui-strings.ts";
import { languageTag, verdictLabel } from "./verdict.ts";

const SUMMARY_LIMIT = 240;

const CARD_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232b; background: transparent; }
.card { border: 1px solid #dde2e8; border-left: 6px solid #6b7280; border-radius: 8px; padding: 0.75rem 1rem; background: #fff; }
.card[data-verdict="fake"] { border-left-color: #b42318; }
.card[data-verdict="misleading"] { border-left-color: #b54708; }
.card[data-verdict="verified"] { border-left-color: #067647; }
.verdict { font-weight: 700; text-transform: uppercase; font-size: 0.85rem; letter-spacing: 0.03em; }
.headline { display: block; margin: 0.25rem 0; font-weight: 600; color: inherit; overflow-wrap: anywhere; }
.summary { margin: 0.25rem 0; overflow-wrap: anywhere; }
.meta { margin: 0.25rem 0 0; color: #5b6675; font-size: 0.8rem; }
.retracted { margin: 0; color: #b42318; font-weight: 600; }
/* Each part is cut at a number of lines, so the card never outgrows the iframe height the README
   gives newsrooms (230 px), even in a phone's narrow column: the full text is one link away. */
.headline, .summary, .meta { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.headline { -webkit-line-clamp: 2; line-clamp: 2; }
.summary { -webkit-line-clamp: 3; line-clamp: 3; }
.meta { -webkit-line-clamp: 2; line-clamp: 2; }
`;

/**
 * A small self-contained card for a newsroom to put next to an article in an iframe. No
 * script; every link opens the full notice in a new tab, outside the host page's frame.
 */
export function renderEmbedCard(notice: TPublishedNotice, publisher: PublisherInfo): string {
  const t = uiStrings(notice.lang);
  const url = noticeUrl(publisher.baseUrl, notice.id);
  const summary =
    notice.summary.length > SUMMARY_LIMIT ? `${notice.summary.slice(0, SUMMARY_LIMIT - 1).trimEnd()}…` : notice.summary;
  const retracted = notice.status === "retracted" ? `<p class="retracted">${escapeHtml(t.retracted)}</p>` : "";
  return `<!doctype html>
<html lang="${languageTag(notice.lang) ?? "und"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${verdictLabel(notice)}: ${notice.headline}`)}</title>
<base target="_blank">
<style>${CARD_CSS}</style>
</head>
<body>
<div class="card" data-verdict="${escapeHtml(notice.verdict)}" data-status="${notice.status}">
${retracted}<span class="verdict">${escapeHtml(verdictLabel(notice))}</span>
<a class="headline" href="${escapeHtml(url)}" rel="noopener">${escapeHtml(notice.headline)}</a>
<p class="summary">${escapeHtml(summary)}</p>
<p class="meta">${escapeHtml(publisher.name)} · ${escapeHtml(t.updated)} ${escapeHtml(formatDate(notice.updatedAt, notice.lang, publisher.timeZone))} · <a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(t.readFull)} →</a></p>
</div>
</body>
</html>
`;
}
