import { VERDICTS, VERDICT_LABELS, type TLang, type TVerdict } from "@tekser/contracts";
import { ARCHIVE_STRINGS } from "./archive-strings.ts";
import { escapeHtml } from "./html.ts";
import { NOTICE_PAGE_CSS } from "./notice-page-style.ts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { formatDate } from "./ui-strings.ts";
import type { TUiLang } from "./verdict.ts";

const ARCHIVE_LANGS = ["kk", "ru", "en"] as const;

export interface ArchivePageInput {
  /** The language the page itself is written in. */
  ui: TUiLang;
  filters: { q?: string | undefined; lang?: TLang | undefined; verdict?: TVerdict | undefined };
  page: number;
  pageSize: number;
  total: number;
  rows: {
    id: string;
    lang: TLang;
    headline: string;
    summary: string;
    verdict: TVerdict;
    verdictWording: Record<TUiLang, string> | null;
    retracted: boolean;
    updatedAt: string;
  }[];
}

/** The archive's address with these filters (empty ones left out), so every view can be linked. */
export function archiveHref(ui: TUiLang, filters: ArchivePageInput["filters"], page = 1): string {
  const params = new URLSearchParams({ ui });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (page > 1) params.set("page", String(page));
  return `/archive?${params.toString()}`;
}

function options(
  values: readonly string[],
  selected: string | undefined,
  label: (value: string) => string,
  any: string,
): string {
  const all = `<option value=""${selected ? "" : " selected"}>${escapeHtml(any)}</option>`;
  return (
    all +
    values
      .map(
        (value) =>
          `<option value="${value}"${value === selected ? " selected" : ""}>${escapeHtml(label(value))}</option>`,
      )
      .join("")
  );
}

/** The public archive of published notices: searchable, filtered by language and verdict, paged. */
export function renderArchivePage(input: ArchivePageInput, publisher: PublisherInfo): string {
  const s = ARCHIVE_STRINGS[input.ui];
  const { filters } = input;
  const verdictName = (verdict: string) => VERDICT_LABELS[verdict as TVerdict][input.ui];
  const items = input.rows.map(
    (row) => `<li data-testid="archive-notice" lang="${row.lang}">
<strong>${escapeHtml(row.verdictWording?.[input.ui] ?? verdictName(row.verdict))}</strong>${row.retracted ? ` · <em>${escapeHtml(s.retracted)}</em>` : ""} · <time datetime="${escapeHtml(row.updatedAt)}">${escapeHtml(formatDate(row.updatedAt, input.ui, publisher.timeZone))}</time><br>
<a href="${escapeHtml(noticeUrl(publisher.baseUrl, row.id))}">${escapeHtml(row.headline)}</a>
<p>${escapeHtml(row.summary)}</p>
</li>`,
  );
  const pages = Math.max(1, Math.ceil(input.total / input.pageSize));
  const pager = [
    input.page > 1
      ? `<a rel="prev" href="${escapeHtml(archiveHref(input.ui, filters, input.page - 1))}">${escapeHtml(s.previous)}</a>`
      : "",
    `<span>${escapeHtml(s.page)} ${Math.min(input.page, pages)} / ${pages}</span>`,
    input.page < pages
      ? `<a rel="next" href="${escapeHtml(archiveHref(input.ui, filters, input.page + 1))}">${escapeHtml(s.next)}</a>`
      : "",
  ].join(" ");
  const languageLinks = ARCHIVE_LANGS.map((lang) =>
    lang === input.ui
      ? `<strong>${escapeHtml(ARCHIVE_STRINGS[lang].langNames[lang])}</strong>`
      : `<a href="${escapeHtml(archiveHref(lang, filters))}" lang="${lang}">${escapeHtml(ARCHIVE_STRINGS[lang].langNames[lang])}</a>`,
  ).join(" · ");
  return `<!doctype html>
<html lang="${input.ui}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${s.title} — ${publisher.name}`)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feed.atom">
<style>${NOTICE_PAGE_CSS}</style>
</head>
<body>
<header class="site site-header"><a href="${escapeHtml(archiveHref(input.ui, {}))}">${escapeHtml(publisher.name)}</a></header>
<main>
<article>
<nav aria-label="${escapeHtml(s.pageLanguage)}">${languageLinks}</nav>
<h1>${escapeHtml(s.title)}</h1>
<p>${escapeHtml(s.intro)}</p>
<form method="get" action="/archive" role="search">
<input type="hidden" name="ui" value="${input.ui}">
<label>${escapeHtml(s.search)} <input type="search" name="q" value="${escapeHtml(filters.q ?? "")}"></label>
<label>${escapeHtml(s.language)} <select name="lang">${options(ARCHIVE_LANGS, filters.lang, (lang) => s.langNames[lang as "kk"], s.any)}</select></label>
<label>${escapeHtml(s.verdict)} <select name="verdict">${options(VERDICTS, filters.verdict, verdictName, s.any)}</select></label>
<button type="submit">${escapeHtml(s.apply)}</button>
</form>
<p data-testid="archive-count">${escapeHtml(s.found)}: ${input.total}</p>
${items.length > 0 ? `<ol class="archive">\n${items.join("\n")}\n</ol>` : `<p>${escapeHtml(s.none)}</p>`}
<nav class="pager" aria-label="${escapeHtml(s.page)}">${pager}</nav>
</article>
</main>
</body>
</html>
`;
}
