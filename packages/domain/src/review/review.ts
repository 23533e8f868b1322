import { createHash } from "node:crypto";
import type { TDecideReviewInput, TSetVerdictInput } from "@tekser/contracts";
import { ZSetVerdictInput } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { approverCreatedByAuthor } from "../accounts/approval-through-new-account.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { refuseIfLockedByOther } from "../claims/claim-lock.ts";
import { transitionClaim } from "../claims/claim-transition.ts";
import { BLOCK_PRIVATE_URLS, literalHostRefusal, type OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { teamSettings } from "./team-settings.ts";
import { reviewChecklist } from "./checklist.ts";
import { checklistTicks } from "./checklist-ticks.ts";
import { labelForVerdict } from "./verdict-scale.ts";
import { notifySecondReviewers, notifyVerdictReturned } from "../notifications/review-notifications.ts";

type Approver = Actor & { id: string };

/**
 * A cited source as the reviewer gave it. Pasted page text is the reviewer's snapshot, kept
 * apart from the archived copy, which only the archiver writes from what the URL answers.
 */
function evidenceRow({ url, note, snapshotText }: { url: string; note: string; snapshotText?: string | undefined }) {
  if (snapshotText === undefined || snapshotText === "") return { url, note };
  const snapshotHash = createHash("sha256").update(snapshotText, "utf8").digest("hex");
  return { url, note, snapshotText, snapshotHash, snapshotAt: new Date() };
}

/** A reviewer's verdict: it waits for a second person's approval before it is final. */
export async function submitVerdict(
  db: Db,
  actor: Actor & { id: string },
  rawInput: TSetVerdictInput,
  outbound: OutboundPolicy = BLOCK_PRIVATE_URLS,
): Promise<{ reviewId: string }> {
  const input = ZSetVerdictInput.parse(rawInput);
  refuseNonPublicEvidence(input.evidence, outbound);
  return db.$transaction(async (tx) => {
    const { before: claim } = await transitionClaim(tx, input.claimId, "submitVerdict", {
      expectedRevision: input.revision,
      check: (locked) => refuseIfLockedByOther(tx, locked, actor.id),
      // The author's work is done: release their lock so the second reviewer is not shown it as taken.
      changes: { lockedById: null, lockedUntil: null },
    });
    const checklist = checklistTicks(await reviewChecklist(tx), input.checklist);
    const verdictLabelId = await labelForVerdict(tx, input.verdict, input.labelId);
    const review = await tx.review.create({
      data: {
        claimId: input.claimId,
        authorId: actor.id,
        verdict: input.verdict,
        verdictLabelId,
        rationale: input.rationale,
        evidence: { create: input.evidence.map(evidenceRow) },
        checklist,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "review.submit",
      subjectType: "claim",
      subjectId: input.claimId,
      before: { status: claim.status },
      after: {
        status: "awaiting_second_review",
        reviewId: review.id,
        verdict: input.verdict,
        verdictLabelId,
        evidence: input.evidence.map(({ snapshotText: _text, ...rest }) => rest),
        snapshotHashes: input.evidence.map((item) => evidenceRow(item).snapshotHash ?? null),
        checklist: checklist.map(({ text, required, ticked }) => ({ text, required, ticked })),
      },
      reason: input.rationale,
    });
    await notifySecondReviewers(tx, actor, input.claimId, actor.id);
    return { reviewId: review.id };
  });
}

/**
 * A cited source is published and then fetched by the archiver: a link to this server or an
 * internal address is refused now, where the reviewer can fix it, rather than at archive time.
 * Only what the URL itself shows is checked (see literalHostRefusal for why not DNS).
 */
function refuseNonPublicEvidence(evidence: readonly { url: string }[], outbound: OutboundPolicy): void {
  evidence.forEach(({ url }, index) => {
    const reason = literalHostRefusal(url, outbound);
    if (reason) {
      throw new AppError(
        "EVIDENCE_URL_REFUSED",
        `Evidence link ${index + 1} (${url}) is not a public web page: ${reason}`,
        { field: `evidence.${index}.url`, url, position: index + 1 },
      );
    }
  });
}

/** Four-eyes: the verdict becomes final only when someone other than its author approves it. */
export async function approveVerdict(db: Db, actor: Approver, input: TDecideReviewInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const review = await loadPendingReview(tx, input.reviewId);
    await refuseOwnOrUnqualified(tx, actor, review.authorId, "approve");
    await tx.review.update({
      where: { id: review.id },
      data: { status: "approved", approverId: actor.id, decidedAt: new Date() },
    });
    await transitionClaim(tx, review.claimId, "approve", { changes: { verdict: review.verdict } });
    const approverCreated = await approverCreatedByAuthor(tx, actor.id, review.authorId);
    await recordAudit(tx, actor, {
      action: "review.approve",
      subjectType: "claim",
      subjectId: review.claimId,
      before: { status: "awaiting_second_review" },
      after: {
        status: "decided",
        verdict: review.verdict,
        reviewId: review.id,
        ...(approverCreated ? { approverCreatedByAuthor: approverCreated } : {}),
      },
      reason: input.comment ?? null,
    });
  });
}

/** The second person sends the verdict back to its author with what has to change. */
export async function returnVerdict(
  db: Db,
  actor: Approver,
  input: { reviewId: string; comment: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const review = await loadPendingReview(tx, input.reviewId);
    await refuseOwnOrUnqualified(tx, actor, review.authorId, "send back");
    await tx.review.update({
      where: { id: review.id },
      data: { status: "returned", approverId: actor.id, decidedAt: new Date(), returnComment: input.comment },
    });
    await transitionClaim(tx, review.claimId, "sendBack");
    await recordAudit(tx, actor, {
      action: "review.return",
      subjectType: "claim",
      subjectId: review.claimId,
      before: { status: "awaiting_second_review" },
      after: { status: "in_review", reviewId: review.id },
      reason: input.comment,
    });
    await notifyVerdictReturned(tx, actor, review.claimId, review.authorId, input.comment);
  });
}

/**
 * Four-eyes on the server: the second person is never the author, and is an editor (or admin)
 * unless the team lets reviewers approve each other's verdicts.
 */
async function refuseOwnOrUnqualified(tx: Tx, actor: Approver, authorId: string, verb: string): Promise<void> {
  if (authorId === actor.id) {
    throw new AppError("OWN_VERDICT", `You wrote this verdict; a second person has to ${verb} it`);
  }
  if (actor.role === "reviewer" && !(await teamSettings(tx)).reviewersMayApprove) {
    throw new AppError(
      "FOUR_EYES_ROLE",
      `Your team has editors give the second review; a reviewer cannot ${verb} a verdict`,
    );
  }
}

async function loadPendingReview(tx: Tx, reviewId: string) {
  // Row lock: an approval and a send-back racing on one verdict are applied one after the other.
  await tx.$queryRaw`SELECT id FROM "Review" WHERE id = ${reviewId}::uuid FOR UPDATE`;
  const review = await tx.review.findUnique({
    where: { id: reviewId },
    select: { id: true, status: true, authorId: true, claimId: true, verdict: true },
  });
  if (!review) throw new AppError("VERDICT_NOT_FOUND", `No verdict with id ${reviewId}`, { reviewId });
  if (review.status !== "submitted") {
    throw new AppError("INVALID_TRANSITION", `This verdict was already ${review.status}`);
  }
  return review;
}
