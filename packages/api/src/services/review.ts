import type { TDecideReviewInput, TSetVerdictInput } from "@tekser/contracts";
import { ZSetVerdictInput } from "@tekser/contracts";
import type { ClaimStatus, Db, Tx } from "@tekser/db";
import { AppError } from "../errors.ts";
import { recordAudit, type Actor } from "./audit-log.ts";

const OPEN_FOR_VERDICT: ClaimStatus[] = ["new", "in_review", "reopened"];

/** A reviewer's verdict: it waits for a second person's approval before it is final. */
export async function submitVerdict(db: Db, actor: Actor & { id: string }, rawInput: TSetVerdictInput): Promise<{ reviewId: string }> {
  const input = ZSetVerdictInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { status: true, revision: true } });
    if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${input.claimId}`);
    if (claim.revision !== input.revision) {
      throw new AppError("STALE_WRITE", "Someone changed this claim since you opened it; reload to see their change", {
        currentRevision: claim.revision,
      });
    }
    if (!OPEN_FOR_VERDICT.includes(claim.status)) {
      throw new AppError("INVALID_TRANSITION", `A verdict cannot be submitted while the claim is ${claim.status}`);
    }
    const review = await tx.review.create({
      data: {
        claimId: input.claimId,
        authorId: actor.id,
        verdict: input.verdict,
        rationale: input.rationale,
        evidence: { create: input.evidence.map(({ url, note }) => ({ url, note })) },
      },
      select: { id: true },
    });
    await tx.claim.update({
      where: { id: input.claimId },
      data: { status: "awaiting_second_review", revision: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "review.submit",
      subjectType: "claim",
      subjectId: input.claimId,
      before: { status: claim.status },
      after: { status: "awaiting_second_review", reviewId: review.id, verdict: input.verdict, evidence: input.evidence },
      reason: input.rationale,
    });
    return { reviewId: review.id };
  });
}

/** Four-eyes: the verdict becomes final only when someone other than its author approves it. */
export async function approveVerdict(db: Db, actor: Actor & { id: string }, input: TDecideReviewInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const review = await loadPendingReview(tx, input.reviewId);
    if (review.authorId === actor.id) {
      throw new AppError("OWN_VERDICT", "You wrote this verdict; a second person has to approve it");
    }
    await tx.review.update({
      where: { id: review.id },
      data: { status: "approved", approverId: actor.id, decidedAt: new Date() },
    });
    await tx.claim.update({
      where: { id: review.claimId },
      data: { status: "decided", verdict: review.verdict, revision: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: "review.approve",
      subjectType: "claim",
      subjectId: review.claimId,
      before: { status: "awaiting_second_review" },
      after: { status: "decided", verdict: review.verdict, reviewId: review.id },
      reason: input.comment ?? null,
    });
  });
}

/** The second person sends the verdict back to its author with what has to change. */
export async function returnVerdict(db: Db, actor: Actor & { id: string }, input: { reviewId: string; comment: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const review = await loadPendingReview(tx, input.reviewId);
    if (review.authorId === actor.id) {
      throw new AppError("OWN_VERDICT", "You wrote this verdict; withdrawing it is not a second review");
    }
    await tx.review.update({
      where: { id: review.id },
      data: { status: "returned", approverId: actor.id, decidedAt: new Date(), returnComment: input.comment },
    });
    await tx.claim.update({ where: { id: review.claimId }, data: { status: "in_review", revision: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "review.return",
      subjectType: "claim",
      subjectId: review.claimId,
      before: { status: "awaiting_second_review" },
      after: { status: "in_review", reviewId: review.id },
      reason: input.comment,
    });
  });
}

async function loadPendingReview(tx: Tx, reviewId: string) {
  const review = await tx.review.findUnique({
    where: { id: reviewId },
    select: { id: true, status: true, authorId: true, claimId: true, verdict: true },
  });
  if (!review) throw new AppError("NOT_FOUND", `No verdict with id ${reviewId}`);
  if (review.status !== "submitted") {
    throw new AppError("INVALID_TRANSITION", `This verdict was already ${review.status}`);
  }
  return review;
}
