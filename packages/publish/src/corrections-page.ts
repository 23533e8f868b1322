import type { TCorrectionLogEntry } from "@tekser/contracts";
import { Feed } from "feed";
import { escapeHtml, escapeHtmlText } from "./html.ts";
import { NOTICE_PAGE_CSS } from "./notice-page-style.ts";
import { archiveUrl, noticeUrl, type PublisherInfo } from "./publisher.ts";
import { formatDateTime, uiStrings } from "./ui-strings.ts";

/**
 * The public corrections log. Its chrome is in English with Kazakh and Russian alongside,
 * because one log lists notices in every language; each entry is written in its own.
 */
export function renderCorrectionsPage(entries: TCorrectionLogEntry[], publisher: PublisherInfo): string {
  const title = (["en", "kk", "ru"] as const).map((lang) => uiStrings(lang).correctionsTitle).join(" · ");
  const en = uiStrings("en");
  const items = entries.map((entry) => {
    const t = uiStrings(entry.lang);
    const url = `${noticeUrl(publisher.baseUrl, entry.noticeId)}#history`;
    return `<li lang="${escapeHtml(entry.lang)}" data-kind="${entry.kind}">
<strong>${escapeHtml(t.changeKinds[entry.kind])}</strong> · <time datetime="${escapeHtml(entry.at)}">${escapeHtml(formatDateTime(entry.at, entry.lang, publisher.timeZone))}</time> · ${escapeHtml(t.version)} ${entry.version}<br>
<a href="${escapeHtml(url)}">${escapeHtml(entry.headline)}</a><br>
<span class="change-note">${escapeHtml(entry.changeNote)}</span>
</li>`;
  });
  const body =
    items.length > 0
      ? `<ol class="corrections">\n${items.join("\n")}\n</ol>`
      : `<p>${escapeHtml(en.noCorrections)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(`${en.correctionsTitle} — ${publisher.name}`)}</title>
<link rel="alternate" type="application/atom+xml" href="${escapeHtml(publisher.baseUrl.replace(/\/+$/, ""))}/corrections.atom">
<style>${NOTICE_PAGE_CSS}</style>
</head>
<body>
<header class="site site-header"><a href="${escapeHtml(archiveUrl(publisher.baseUrl, "en"))}">${escapeHtml(publisher.name)}</a></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(en.correctionsIntro)}</p>
${body}
</article>
</main>
</body>
</html>
`;
}

/** The corrections log as an Atom feed, so newsrooms can follow corrections like notices. */
export function renderCorrectionsFeed(
  entries: TCorrectionLogEntry[],
  publisher: PublisherInfo,
  selfUrl: string,
): string {
  const feed = new Feed({
    title: `${publisher.name}: ${uiStrings("en").correctionsTitle}`,
    id: selfUrl,
    link: `${publisher.baseUrl.replace(/\/+$/, "")}/corrections`,
    feedLinks: { atom: selfUrl },
    copyright: publisher.name,
    generator: "Tekser",
    updated: entries[0] ? new Date(entries[0].at) : undefined,
  });
  for (const entry of entries) {
    const url = noticeUrl(publisher.baseUrl, entry.noticeId);
    const kind = uiStrings(entry.lang).changeKinds[entry.kind];
    feed.addItem({
      id: `${url}#v${entry.version}`,
      link: `${url}#history`,
      title: escapeHtmlText(`[${kind}] ${entry.headline}`),
      description: escapeHtmlText(entry.changeNote),
      date: new Date(entry.at),
      category: [{ name: entry.kind, term: entry.kind }],
    });
  }
  return feed.atom1();
}
