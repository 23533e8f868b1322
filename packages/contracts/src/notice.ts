import { z } from "zod";
import { ZLang } from "./enums.ts";
import { ZRevisionNumber } from "./bounds.ts";

export const ZPublishNoticeInput = z.object({
  claimId: z.uuid(),
  lang: ZLang.exclude(["other"]),
  headline: z.string().trim().min(1, "A notice needs a headline").max(300),
  summary: z.string().trim().min(1, "A notice needs a summary").max(5000),
});
export type TPublishNoticeInput = z.infer<typeof ZPublishNoticeInput>;

const ZChangeNote = z.string().trim().min(1, "Say what changed and why: a correction needs a change note").max(2000);

/** A correction: a new version of a published notice, never a silent edit. */
export const ZCorrectNoticeInput = z.object({
  noticeId: z.uuid(),
  /** The version the editor was looking at; a correction on a stale version is refused. */
  expectedVersion: ZRevisionNumber.min(1),
  headline: z.string().trim().min(1, "A notice needs a headline").max(300),
  summary: z.string().trim().min(1, "A notice needs a summary").max(5000),
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
