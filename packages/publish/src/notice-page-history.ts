import type { TPublishedNotice } from "@tekser/contracts";
import { escapeHtml, jsonForScript } from "./html.ts";
import { noticeUrl, type PublisherInfo } from "./publisher.ts";
import { formatDateTime, uiStrings } from "./ui-strings.ts";

/**
 * Every version with its change note, so a reader sees what changed and when: Tekser never
 * edits a notice silently. Shown only once there is more than the first publication.
 */
export function renderHistory(notice: TPublishedNotice, publisher: PublisherInfo): string {
  if (notice.history.length < 2) return "";
  const t = uiStrings(notice.lang);
  const entries = notice.history.map((entry) => {
    const note = entry.changeNote ? `: ${escapeHtml(entry.changeNote)}` : "";
    const time = `<time datetime="${escapeHtml(entry.at)}">${escapeHtml(formatDateTime(entry.at, notice.lang, publisher.timeZone))}</time>`;
    const versionUrl = `${noticeUrl(publisher.baseUrl, notice.id)}/versions/${entry.version}`;
    const version = `<a href="${escapeHtml(versionUrl)}" type="application/json">${escapeHtml(t.version)} ${entry.version}</a>`;
    return `<li data-kind="${entry.kind}" data-version="${entry.version}"><strong>${escapeHtml(t.changeKinds[entry.kind])}</strong> (${version}, ${time})${note}</li>`;
  });
  return `<section class="history" id="history">\n<h2>${escapeHtml(t.history)}</h2>\n<ol>\n${entries.join("\n")}\n</ol>\n</section>`;
}

/**
 * The signed document and its signature, embedded as inert JSON (machines verify it with the
 * keys at /.well-known/jwks.json), plus a visible link to the same JSON for people.
 */
export function renderSignature(notice: TPublishedNotice, baseUrl: string): string {
  if (!notice.signed) return "";
  const t = uiStrings(notice.lang);
  const jsonUrl = `${noticeUrl(baseUrl, notice.id)}.json`;
  return `<p class="signature small">${escapeHtml(t.signedBy)} <code>${escapeHtml(notice.signed.signature.kid)}</code> · <a href="${escapeHtml(jsonUrl)}" type="application/json">${escapeHtml(t.signatureHelp)}</a></p>
<script type="application/json" id="tekser-signed-notice">${jsonForScript(notice.signed)}</script>`;
}
