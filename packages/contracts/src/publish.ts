import { z } from "zod";
import { ZLang, ZVerdict } from "./enums.ts";

export const ZAppearance = z.object({
  url: z.string().nullable(),
  site: z.string(),
  title: z.string().nullable(),
  lang: ZLang,
  /** When the copy was published, only when its source says so: never when Tekser saw it. */
  publishedAt: z.string().nullable(),
  author: z.string().nullable(),
  /**
   * When the page says it was archived, for an undated copy; absent in versions signed before
   * it existed, whose documents must stay byte-for-byte as signed.
   */
  archivedAt: z.string().nullable().optional(),
});
export type TAppearance = z.infer<typeof ZAppearance>;

/** A source cited as evidence; the archive fields say when and what copy Tekser kept of it. */
export const ZNoticeEvidence = z.object({
  /** Tekser's evidence record, whose archived copy is served at /evidence/<id>/archive. */
  id: z.string().optional(),
  url: z.string(),
  note: z.string(),
  archivedAt: z.string().nullable().optional(),
  archivedHash: z.string().nullable().optional(),
});

/**
 * The verdict's label of the team's scale as it was when the version was made: later edits of
 * the scale never change what a published version says (decision 0025).
 */
export const ZNoticeVerdictLabel = z.object({
  id: z.string(),
  wording: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  /** ClaimReview `reviewRating.ratingValue`, 1 (false) to 5 (true). */
  rating: z.number().int().min(1).max(5),
  colour: z.string(),
});
export type TNoticeVerdictLabel = z.infer<typeof ZNoticeVerdictLabel>;

export const NOTICE_CHANGE_KINDS = ["publication", "correction", "retraction"] as const;
export const ZNoticeChangeKind = z.enum(NOTICE_CHANGE_KINDS);
export type TNoticeChangeKind = z.infer<typeof ZNoticeChangeKind>;

/**
 * The public content of one notice version exactly as signed: the RFC 8785 canonical JSON of
 * this object is what the Ed25519 signature covers, so nothing here may depend on where it is
 * served from (no absolute URLs) or on later versions.
 */
export const ZNoticeDocument = z.object({
  id: z.string(),
  lang: ZLang,
  version: z.number().int(),
  kind: ZNoticeChangeKind,
  status: z.enum(["published", "retracted"]),
  headline: z.string(),
  summary: z.string(),
  /** The built-in meaning of the verdict. */
  verdict: ZVerdict,
  /**
   * The label readers are shown; absent in versions signed before the team's scale existed,
   * which read with the built-in wording of `verdict`.
   */
  verdictLabel: ZNoticeVerdictLabel.optional(),
  claimReviewed: z.string(),
  firstAppearance: ZAppearance.nullable(),
  appearances: z.array(ZAppearance),
  evidence: z.array(ZNoticeEvidence),
  rationale: z.string(),
  reviewers: z.array(z.string()),
  publishedAt: z.string(),
  /** When this version was made (equals publishedAt for version 1). */
  versionAt: z.string(),
  changeNote: z.string().nullable(),
});
export type TNoticeDocument = z.infer<typeof ZNoticeDocument>;

/** Same shape as @tekser/signing's detached signature (contracts depends on zod only). */
export const ZNoticeSignature = z.object({ alg: z.literal("Ed25519"), kid: z.string(), sig: z.string() });
export type TNoticeSignature = z.infer<typeof ZNoticeSignature>;

export const ZSignedNotice = z.object({ document: ZNoticeDocument, signature: ZNoticeSignature });
export type TSignedNotice = z.infer<typeof ZSignedNotice>;

export const ZNoticeHistoryEntry = z.object({
  version: z.number().int(),
  kind: ZNoticeChangeKind,
  changeNote: z.string().nullable(),
  at: z.string(),
});
export type TNoticeHistoryEntry = z.infer<typeof ZNoticeHistoryEntry>;

/** Everything a public output (notice page, feeds, ClaimReview) needs about one notice version. */
export const ZPublishedNotice = ZNoticeDocument.omit({ kind: true, versionAt: true, changeNote: true }).extend({
  /** When the notice last changed (its latest correction or retraction). */
  updatedAt: z.string(),
  /** Other language versions of the same claim's notice. */
  translations: z.array(z.object({ id: z.string(), lang: ZLang })),
  /** Every version, oldest first: the publication, then each correction or retraction. */
  history: z.array(ZNoticeHistoryEntry).default([]),
  /** The current version as signed; null only for versions made before signing existed. */
  signed: ZSignedNotice.nullable().default(null),
});
export type TPublishedNotice = z.infer<typeof ZPublishedNotice>;

/** One entry of the public corrections log. */
export const ZCorrectionLogEntry = z.object({
  noticeId: z.string(),
  lang: ZLang,
  version: z.number().int(),
  kind: z.enum(["correction", "retraction"]),
  headline: z.string(),
  changeNote: z.string(),
  at: z.string(),
});
export type TCorrectionLogEntry = z.infer<typeof ZCorrectionLogEntry>;

export const NOTICE_EVENTS = {
  publication: "notice.published",
  correction: "notice.corrected",
  retraction: "notice.retracted",
} as const;
export const ZNoticeEvent = z.enum(["notice.published", "notice.corrected", "notice.retracted"]);

/**
 * One change in the public notice stream, as the pull API lists it and a webhook delivers it:
 * the version's signed document plus where it lives. `cursor` orders changes; pass the last
 * one seen as `since` to get only what came after.
 */
export const ZNoticeChange = z.object({
  cursor: z.string(),
  event: ZNoticeEvent,
  url: z.string(),
  document: ZNoticeDocument,
  signature: ZNoticeSignature,
});
export type TNoticeChange = z.infer<typeof ZNoticeChange>;

export const ZNoticeChangesPage = z.object({
  changes: z.array(ZNoticeChange),
  /** Pass as `since` next time; equals the request's cursor when nothing new happened. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
export type TNoticeChangesPage = z.infer<typeof ZNoticeChangesPage>;
