import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZVerdict } from "./enums.ts";
import { ZRevisionNumber } from "./bounds.ts";
import { httpUrlField } from "./http-url.ts";

export const ZEvidenceInput = z.object({
  url: httpUrlField(validationMessage("evidence.urlInvalid")),
  note: z.string().trim().max(2000).default(""),
  /**
   * The page's text as the reviewer saw it: kept as their snapshot with its SHA-256 and shown as
   * theirs, never as the archived copy (Tekser fetches that itself when the notice is published).
   */
  snapshotText: z.string().max(1_000_000).optional(),
});

export const ZSetVerdictInput = z.object({
  claimId: z.uuid(),
  /** The claim revision the reviewer saw; a save against a newer revision is refused. */
  revision: ZRevisionNumber,
  /** The built-in meaning; when a label is chosen, it must be the label's. */
  verdict: ZVerdict,
  /** The label of the team's scale; without one, the scale's first active label of this meaning. */
  labelId: z.uuid().optional(),
  rationale: z.string().trim().min(1, validationMessage("verdict.rationaleRequired")).max(20_000),
  evidence: z.array(ZEvidenceInput).min(1, validationMessage("verdict.evidenceRequired")).max(50),
  /** The ids of the checklist items the reviewer ticked; every required one must be among them. */
  checklist: z.array(z.uuid()).max(30).default([]),
});
export type TSetVerdictInput = z.input<typeof ZSetVerdictInput>;

export const ZDecideReviewInput = z.object({
  reviewId: z.uuid(),
  comment: z.string().trim().max(5000).optional(),
});
export type TDecideReviewInput = z.infer<typeof ZDecideReviewInput>;

export const ZReturnReviewInput = z.object({
  reviewId: z.uuid(),
  comment: z.string().trim().min(1, validationMessage("review.changesRequired")).max(5000),
});
