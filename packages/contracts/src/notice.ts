import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { VERDICT_LABELS, ZLang } from "./enums.ts";
import { ZRevisionNumber } from "./bounds.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABELS = [...new Set(Object.values(VERDICT_LABELS).flatMap((byLanguage) => Object.values(byLanguage)))].map(escapeRegExp).join("|");
/** "Фейк: …", "[FAKE] …", "Fake — …": a label the notice page and the feeds put there themselves. */
const LEADING_LABEL = new RegExp(`^\\s*(?:\\[\\s*(?:${LABELS})\\s*\\]|(?:${LABELS})\\s*[:—–-])\\s*`, "iu");

/** The headline without verdict labels typed before it (each page and feed adds the label once). */
export function withoutVerdictLabel(headline: string): string {
  let rest = headline;
  while (LEADING_LABEL.test(rest)) rest = rest.replace(LEADING_LABEL, "");
  return rest.trim();
}

const ZNoticeHeadline = z.string().trim().transform(withoutVerdictLabel).pipe(z.string().min(1, validationMessage("notice.headlineRequired")).max(300));

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
