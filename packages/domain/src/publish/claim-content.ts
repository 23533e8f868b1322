import {
  httpUrlOrNull,
  type TAppearance,
  type TLang,
  type TNoticeDocument,
  type TNoticeVerdictLabel,
} from "@tekser/contracts";
import type { ClaimStatus, Prisma, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { APPEARANCE_ORDER, firstAppearance } from "../claims/claim-appearances.ts";

/** The part of a notice that comes from the claim and its approved review, not the editor. */
export type ClaimContent = Pick<
  TNoticeDocument,
  | "verdict"
  | "verdictLabel"
  | "claimReviewed"
  | "firstAppearance"
  | "appearances"
  | "evidence"
  | "rationale"
  | "reviewers"
>;

const approvedReviewSelect = {
  verdict: true,
  verdictLabel: { select: { id: true, labelKk: true, labelRu: true, labelEn: true, rating: true, colour: true } },
  rationale: true,
  author: { select: { displayName: true } },
  approver: { select: { displayName: true } },
  evidence: { select: { id: true, url: true, note: true, archivedAt: true, archivedHash: true } },
} satisfies Prisma.ReviewSelect;

/**
 * The claim as reviewed now: its latest approved verdict, evidence and reviewers, and where it
 * appeared (the claim's items in time order, and the first appearance by the claim page's rule).
 * Refuses a claim without an approved verdict.
 */
export async function currentClaimContent(
  tx: Tx,
  claimId: string,
): Promise<{ status: ClaimStatus; content: ClaimContent }> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      title: true,
      status: true,
      reviews: { where: { status: "approved" }, orderBy: { decidedAt: "desc" }, take: 1, select: approvedReviewSelect },
    },
  });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${claimId}`, { claimId: claimId });
  const review = claim.reviews[0];
  if (!review) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Only a claim with an approved verdict can be published; this one is ${claim.status}`,
    );
  }
  const { appearances, first } = await appearancesOf(tx, claimId);
  return {
    status: claim.status,
    content: {
      verdict: review.verdict,
      // Copied, not referenced: the signed version keeps the wording it was published with.
      ...(review.verdictLabel ? { verdictLabel: noticeVerdictLabel(review.verdictLabel) } : {}),
      claimReviewed: claim.title,
      firstAppearance: first,
      appearances,
      evidence: review.evidence.map((evidence) => ({
        id: evidence.id,
        url: evidence.url,
        note: evidence.note,
        archivedAt: evidence.archivedAt?.toISOString() ?? null,
        archivedHash: evidence.archivedHash,
      })),
      rationale: review.rationale,
      reviewers: [review.author.displayName, ...(review.approver ? [review.approver.displayName] : [])],
    },
  };
}

function noticeVerdictLabel(label: {
  id: string;
  labelKk: string;
  labelRu: string;
  labelEn: string;
  rating: number;
  colour: string;
}): TNoticeVerdictLabel {
  return {
    id: label.id,
    wording: { kk: label.labelKk, ru: label.labelRu, en: label.labelEn },
    rating: label.rating,
    colour: label.colour,
  };
}

/** Where the claim appeared, in time order, and which of those was first. */
async function appearancesOf(
  tx: Tx,
  claimId: string,
): Promise<{ appearances: TAppearance[]; first: TAppearance | null }> {
  const items = await tx.item.findMany({
    // Tips are what the public sent the desk in confidence: never an appearance on a public page.
    where: { claimId, kind: { not: "tip" } },
    orderBy: APPEARANCE_ORDER,
    select: {
      id: true,
      url: true,
      site: true,
      title: true,
      lang: true,
      publishedAt: true,
      archivedAt: true,
      author: true,
      ingestedAt: true,
      originalItemId: true,
    },
  });
  const appearances = items.map((item) => ({
    // Items stored before ingest kept only http(s) URLs may hold a javascript: one.
    url: httpUrlOrNull(item.url),
    site: item.site,
    title: item.title,
    lang: item.lang as TLang,
    // An undated copy stays undated: the time Tekser ingested it says nothing about when it was
    // published, and readers and ClaimReview consumers would take it for a publication date.
    publishedAt: item.publishedAt?.toISOString() ?? null,
    author: item.author,
    archivedAt: item.archivedAt?.toISOString() ?? null,
  }));
  const firstId = firstAppearance(items)?.itemId;
  return { appearances, first: appearances[items.findIndex((item) => item.id === firstId)] ?? null };
}
