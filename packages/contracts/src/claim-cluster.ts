import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZClaimStatus, ZItemKind, ZLang, ZVerdict } from "./enums.ts";
import { ZPageNumber } from "./bounds.ts";

/** Claims: appearances, merge/split, similar claims and search. */

export const ZClaimAppearance = z.object({
  id: z.string(),
  kind: ZItemKind,
  site: z.string(),
  lang: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  ingestedAt: z.string(),
  originalSource: z.string().nullable(),
  /** The original outlet's item this one copies, when both are in Tekser. */
  originalItemId: z.string().nullable(),
  pinned: z.boolean(),
  isFirst: z.boolean(),
});
export type TClaimAppearance = z.infer<typeof ZClaimAppearance>;

export const FIRST_APPEARANCE_BASES = ["published", "attributed-origin", "ingested"] as const;

export const ZClaimAppearances = z.object({
  claimId: z.string(),
  resurfaced: z.boolean(),
  resurfacedAt: z.string().nullable(),
  verdict: ZVerdict.nullable(),
  /** The label the verdict was approved with (the desk's scale), when a review gave one. */
  verdictLabelId: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  /** In time order: earliest published first, undated items last. */
  appearances: z.array(ZClaimAppearance),
  firstAppearance: z.object({ itemId: z.string(), basis: z.enum(FIRST_APPEARANCE_BASES) }).nullable(),
  bySite: z.array(z.object({ site: z.string(), count: z.number().int() })),
  byLang: z.array(z.object({ lang: z.string(), count: z.number().int() })),
});
export type TClaimAppearances = z.infer<typeof ZClaimAppearances>;

const ZReason = z.string().trim().min(3, validationMessage("cluster.reasonRequired")).max(1000);

export const ZClaimMergeInput = z.object({ sourceId: z.uuid(), targetId: z.uuid(), reason: ZReason });
export type TClaimMergeInput = z.infer<typeof ZClaimMergeInput>;

export const ZClaimSplitInput = z.object({ itemId: z.uuid(), reason: ZReason });
export type TClaimSplitInput = z.infer<typeof ZClaimSplitInput>;

export const ZClaimEditResult = z.object({ claimId: z.string() });

export const ZSimilarClaim = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.string(),
  status: ZClaimStatus,
  verdict: ZVerdict.nullable(),
  /** The team's label of the claim's verdict (see ZClaimListRow). */
  verdictLabelId: z.string().nullable(),
  similarity: z.number(),
});
export const ZSimilarClaims = z.array(ZSimilarClaim);
export type TSimilarClaim = z.infer<typeof ZSimilarClaim>;

export const ZSearchInput = z.object({
  q: z.string().trim().min(1, validationMessage("search.queryRequired")).max(200),
  lang: z.array(ZLang).max(4).optional(),
  site: z.string().trim().max(200).optional(),
  sourceId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  verdict: z.array(ZVerdict).max(4).optional(),
  status: z.array(ZClaimStatus).max(10).optional(),
  page: ZPageNumber.default(1),
  perPage: z.number().int().min(1).max(100).default(25),
});
export type TSearchInput = z.input<typeof ZSearchInput>;

export const ZSearchHit = z.object({
  itemId: z.string(),
  claimId: z.string().nullable(),
  claimTitle: z.string().nullable(),
  verdict: ZVerdict.nullable(),
  /** The team's label of the claim's verdict (see ZClaimListRow). */
  verdictLabelId: z.string().nullable(),
  status: ZClaimStatus.nullable(),
  site: z.string(),
  lang: z.string(),
  kind: ZItemKind,
  title: z.string().nullable(),
  snippet: z.string(),
  publishedAt: z.string().nullable(),
  rank: z.number(),
});
export type TSearchHit = z.infer<typeof ZSearchHit>;
export const ZSearchOutput = z.object({
  rows: z.array(ZSearchHit),
  hasMore: z.boolean(),
  /** Set when nothing matched the query as typed and these are the results for it corrected
   * (misspelt words replaced by the nearest words of claim titles, in normalised form). */
  correctedQuery: z.string().optional(),
});
