import { z } from "zod";
import { CLAIM_SORTABLE, ZClaimStatus, ZItemKind, ZLang, ZVerdict } from "./enums.ts";
import { tablePage, tableQuery } from "./table.ts";
import { ZChecklistTick } from "./checklist.ts";

export const ZClaimListInput = tableQuery([...CLAIM_SORTABLE], {
  status: z.array(ZClaimStatus).max(10),
  verdict: z.array(ZVerdict).max(4),
  lang: z.array(ZLang).max(4),
  text: z.string().trim().max(200),
  /** Claims with an appearance on this site (e.g. "qazaq24.com"). */
  site: z.string().trim().max(200),
  /** "me" (the caller), "none" (unassigned) or a user id. */
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid()]),
  priority: z.array(z.number().int().min(1).max(4)).max(4),
  resurfaced: z.boolean(),
  /** First seen on or after this day / before the end of this day (YYYY-MM-DD, UTC). */
  from: z.iso.date(),
  to: z.iso.date(),
  /** Claims carrying any of these tags. */
  tags: z.array(z.uuid()).min(1).max(20),
});
export type TClaimListInput = z.input<typeof ZClaimListInput>;

export const ZClaimListRow = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.string(),
  status: ZClaimStatus,
  verdict: ZVerdict.nullable(),
  /** The team's label the approved verdict was given; null for a verdict no review gave (imported). */
  verdictLabelId: z.string().nullable(),
  /** A new copy of a claim already judged fake or verified arrived (claims feature). */
  resurfaced: z.boolean(),
  priority: z.number().int(),
  itemCount: z.number().int(),
  sites: z.array(z.string()),
  assignee: z.string().nullable(),
  assigneeId: z.string().nullable(),
  /** Display name of whoever holds a live soft lock, else null. */
  lockedBy: z.string().nullable(),
  firstSeenAt: z.string(),
  tagIds: z.array(z.string()),
});
export type TClaimListRow = z.infer<typeof ZClaimListRow>;
/** The queue counts matches only up to this many: an exact count over a million claims is slow. */
export const CLAIM_COUNT_CAP = 1_000;
export const ZClaimListOutput = tablePage(ZClaimListRow).extend({
  /** True when more than CLAIM_COUNT_CAP claims match: rowCount is then a lower bound ("more than 1,000"). */
  rowCountCapped: z.boolean(),
});
export type TClaimListOutput = z.infer<typeof ZClaimListOutput>;

export const ZClaimById = z.object({ id: z.uuid() });

export const ZClaimItem = z.object({
  id: z.string(),
  kind: ZItemKind,
  site: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  lang: z.string(),
  author: z.string().nullable(),
  originalSource: z.string().nullable(),
  views: z.number().nullable(),
  publishedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
});

export const ZClaimReview = z.object({
  id: z.string(),
  verdict: ZVerdict,
  /** The label of the team's verdict scale the author chose (null only where none applied). */
  verdictLabelId: z.string().nullable(),
  rationale: z.string(),
  status: z.enum(["submitted", "approved", "returned"]),
  author: z.string(),
  authorId: z.string(),
  approver: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  /**
   * `archivedHash`: SHA-256 of the copy Tekser fetched from the link (after publication).
   * `snapshotText`/`snapshotHash`: the page text the reviewer pasted, shown as their snapshot.
   */
  evidence: z.array(
    z.object({
      url: z.string(),
      note: z.string(),
      archivedHash: z.string().nullable().optional(),
      snapshotText: z.string().nullable().optional(),
      snapshotHash: z.string().nullable().optional(),
    }),
  ),
  /** The checklist as the author ticked it (empty for verdicts written before the team had one). */
  checklist: z.array(ZChecklistTick),
});

export const ZClaimDetail = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.string(),
  status: ZClaimStatus,
  verdict: ZVerdict.nullable(),
  priority: z.number().int(),
  revision: z.number().int(),
  firstSeenAt: z.string(),
  items: z.array(ZClaimItem),
  reviews: z.array(ZClaimReview),
  tagIds: z.array(z.string()),
  notices: z.array(z.object({ id: z.string(), lang: ZLang, status: z.string(), publishedAt: z.string() })),
});
export type TClaimDetail = z.infer<typeof ZClaimDetail>;
