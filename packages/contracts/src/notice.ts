import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { VERDICT_LABELS, ZLang } from "./enums.ts";
import { ZRevisionNumber } from "./bounds.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BUILT_IN_WORDINGS = Object.values(VERDICT_LABELS).flatMap((byLanguage) => Object.values(byLanguage));

/** "Фейк: …", "[FAKE] …", "Fake — …": a label the notice page and the feeds put there themselves. */
function leadingLabel(wordings: readonly string[]): RegExp {
  // Longest first, so that "Без вердикта" is taken whole when a shorter wording also begins it.
  const words = [...new Set(wordings.map((wording) => wording.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  const alternatives = words.map(escapeRegExp).join("|");
  return new RegExp(`^\\s*(?:\\[\\s*(?:${alternatives})\\s*\\]|(?:${alternatives})\\s*[:—–-])\\s*`, "iu");
}
const BUILT_IN_LEADING_LABEL = leadingLabel(BUILT_IN_WORDINGS);

/**
 * The headline without verdict labels typed before it (each page and feed adds the label once):
 * the built-in wordings always, and the team's own wordings when the caller has them (the
 * contract has no database; the publishing service passes the scale's and published notices').
 */
export function withoutVerdictLabel(headline: string, teamWordings: readonly string[] = []): string {
  const pattern =
    teamWordings.length === 0 ? BUILT_IN_LEADING_LABEL : leadingLabel([...BUILT_IN_WORDINGS, ...teamWordings]);
  let rest = headline;
  while (pattern.test(rest)) rest = rest.replace(pattern, "");
  return rest.trim();
}

const ZNoticeHeadline = z
  .string()
  .trim()
  .transform((headline) => withoutVerdictLabel(headline))
  .pipe(z.string().min(1, validationMessage("notice.headlineRequired")).max(300));

export const ZPublishNoticeInput = z.object({
  claimId: z.uuid(),
  lang: ZLang.exclude(["other"]),
  headline: ZNoticeHeadline,
  summary: z.string().trim().min(1, validationMessage("notice.summaryRequired")).max(5000),
});
export type TPublishNoticeInput = z.infer<typeof ZPublishNoticeInput>;

const ZChangeNote = z.string().trim().min(1, validationMessage("notice.changeNoteRequired")).max(2000);

/** A correction: a new version of a published notice, never a silent edit. */
export const ZCorrectNoticeInput = z.object({
  noticeId: z.uuid(),
  /** The version the editor was looking at; a correction on a stale version is refused. */
  expectedVersion: ZRevisionNumber.min(1),
  headline: ZNoticeHeadline,
  summary: z.string().trim().min(1, validationMessage("notice.summaryRequired")).max(5000),
  changeNote: ZChangeNote,
});
export type TCorrectNoticeInput = z.infer<typeof ZCorrectNoticeInput>;

export const ZRetractNoticeInput = z.object({
  noticeId: z.uuid(),
  expectedVersion: ZRevisionNumber.min(1),
  changeNote: ZChangeNote,
});
export type TRetractNoticeInput = z.infer<typeof ZRetractNoticeInput>;

export const ZNoticeByIdInput = z.object({ noticeId: z.uuid() });
