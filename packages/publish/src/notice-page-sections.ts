import type { TAppearance, TLang, TPublishedNotice } from "@tekser/contracts";
import { escapeHtml, safeHttpUrl, textToParagraphs } from "./html.ts";
import { renderHistory, renderSignature } from "./notice-page-history.ts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { LANGUAGE_NAMES, formatDate, formatDateTime, uiStrings } from "./ui-strings.ts";
import { uiLang, verdictLabel } from "./verdict.ts";

/** The label's own colour as a stripe: the pill keeps its meaning's background, so its text stays legible. */
function labelColourStyle(notice: TPublishedNotice): string {
  const colour = notice.verdictLabel?.colour;
  return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? ` style="border-left: 0.6rem solid ${colour}"` : "";
}

/** The `<article>` body of a notice page; every interpolated value is escaped here. */
export function renderNoticeArticle(notice: TPublishedNotice, publisher: PublisherInfo): string {
  const { baseUrl, timeZone } = publisher;
  const t = uiStrings(notice.lang);
  const retracted = notice.status === "retracted";
  return `<article class="${retracted ? "is-retracted" : "is-published"}">
${retracted ? `<p class="retracted" role="alert">${escapeHtml(t.retracted)}${retractionReason(notice)}</p>` : ""}
<p class="verdict" data-verdict="${escapeHtml(notice.verdict)}"${labelColourStyle(notice)} title="${escapeHtml(t.verdict)}">${escapeHtml(verdictLabel(notice))}</p>
<h1>${escapeHtml(notice.headline)}</h1>
${renderTimes(notice, timeZone)}
<div class="content">
<h2>${escapeHtml(t.claimReviewed)}</h2>
<blockquote class="claim-reviewed">${escapeHtml(notice.claimReviewed)}</blockquote>
<h2>${escapeHtml(t.summary)}</h2>
<div class="summary">${textToParagraphs(notice.summary)}</div>
<h2>${escapeHtml(t.rationale)}</h2>
<div class="rationale">${textToParagraphs(notice.rationale)}</div>
${notice.firstAppearance ? section(t.firstAppearance, "first-appearance", `<p>${renderAppearance(notice.firstAppearance, notice.lang, timeZone)}</p>`) : ""}
${section(t.appearances, "appearances", list(notice.appearances.map((a) => renderAppearance(a, notice.lang, timeZone))))}
${section(t.evidence, "evidence", list(notice.evidence.map((evidence) => renderEvidence(evidence, publisher, notice.lang))))}
${section(t.reviewers, "reviewers", list(notice.reviewers.map(escapeHtml)))}
</div>
${renderHistory(notice, publisher)}
${renderTranslations(notice, baseUrl)}
${renderSignature(notice, baseUrl)}
</article>`;
}

/** The retraction's change note, which says why the verdict no longer stands. */
function retractionReason(notice: TPublishedNotice): string {
  const note = notice.history.findLast((entry) => entry.kind === "retraction")?.changeNote;
  return note ? `<br>${escapeHtml(note)}` : "";
}

function renderTimes(notice: TPublishedNotice, timeZone: string): string {
  const t = uiStrings(notice.lang);
  const published = timeElement(notice.publishedAt, formatDateTime(notice.publishedAt, notice.lang, timeZone));
  const updated = timeElement(notice.updatedAt, formatDateTime(notice.updatedAt, notice.lang, timeZone));
  return `<p class="meta">${escapeHtml(t.published)}: ${published} · ${escapeHtml(t.updated)}: ${updated} · ${escapeHtml(t.version)} ${notice.version}</p>`;
}

function renderAppearance(appearance: TAppearance, lang: TLang, timeZone: string): string {
  const t = uiStrings(lang);
  const title = escapeHtml(appearance.title ?? t.untitled);
  const url = safeHttpUrl(appearance.url);
  const linkedTitle = url ? `<a href="${escapeHtml(url)}" rel="nofollow noopener">${title}</a>` : title;
  const date = appearance.publishedAt
    ? timeElement(appearance.publishedAt, formatDate(appearance.publishedAt, lang, timeZone))
    : undatedAppearance(appearance, lang, timeZone);
  const author = appearance.author ? ` · ${escapeHtml(appearance.author)}` : "";
  return `<strong>${escapeHtml(appearance.site)}</strong>: ${linkedTitle} <span class="appearance-meta">(${date}${author})</span>`;
}

/**
 * A copy without a publication time says so; the time its page was archived, when known, is
 * shown with its label (to the minute, since it bounds when the copy existed), never as a
 * publication date.
 */
function undatedAppearance(appearance: TAppearance, lang: TLang, timeZone: string): string {
  const t = uiStrings(lang);
  if (!appearance.archivedAt) return escapeHtml(t.publicationDateUnknown);
  const archived = timeElement(appearance.archivedAt, formatDateTime(appearance.archivedAt, lang, timeZone));
  return `${escapeHtml(t.publicationDateUnknown)}; <span class="archived-at">${escapeHtml(t.archivedOn)}: ${archived}</span>`;
}

function renderEvidence(evidence: TPublishedNotice["evidence"][number], publisher: PublisherInfo, lang: TLang): string {
  const url = safeHttpUrl(evidence.url);
  // Unsafe or malformed URLs are shown as text so the reader still sees what was cited.
  const link = url ? `<a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(url)}</a>` : escapeHtml(evidence.url);
  const archived = renderArchiveLink(evidence, publisher, lang);
  return evidence.note ? `${escapeHtml(evidence.note)} — ${link}${archived}` : `${link}${archived}`;
}

function renderTranslations(notice: TPublishedNotice, baseUrl: string): string {
  if (notice.translations.length === 0) return "";
  const links = notice.translations.map((translation) => {
    const name = LANGUAGE_NAMES[uiLang(translation.lang)];
    const hreflang = translation.lang === "other" ? "" : ` hreflang="${translation.lang}"`;
    return `<a href="${escapeHtml(noticeUrl(baseUrl, translation.id))}"${hreflang}>${escapeHtml(name)}</a>`;
  });
  return `<p class="translations">${escapeHtml(uiStrings(notice.lang).otherLanguages)}: ${links.join(" · ")}</p>`;
}

function timeElement(iso: string, text: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>`;
}

function section(heading: string, className: string, body: string): string {
  return body ? `<section class="${className}">\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>` : "";
}

/** Items must already be escaped HTML. Empty lists render nothing rather than a bare heading. */
function list(items: string[]): string {
  return items.length > 0 ? `<ul>\n${items.map((item) => `<li>${item}</li>`).join("\n")}\n</ul>` : "";
}

/** Tekser's own copy of the source, once the archiver has kept one. */
function renderArchiveLink(
  evidence: TPublishedNotice["evidence"][number],
  publisher: PublisherInfo,
  lang: TLang,
): string {
  if (!evidence.id || !evidence.archivedAt) return "";
  const href = `${publisher.baseUrl.replace(/\/+$/, "")}/evidence/${encodeURIComponent(evidence.id)}/archive`;
  const when = timeElement(evidence.archivedAt, formatDate(evidence.archivedAt, lang, publisher.timeZone));
  return ` <span class="archived">(<a href="${escapeHtml(href)}" title="SHA-256 ${escapeHtml(evidence.archivedHash ?? "")}">${escapeHtml(uiStrings(lang).archivedCopy)}</a>, ${when})</span>`;
}
