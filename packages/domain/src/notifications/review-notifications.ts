import { PERMISSIONS, type TRole } from "@tekser/contracts";
import type { Tx } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { teamSettings } from "../review/team-settings.ts";
import { claimTitle, notifyUsers } from "./notification-create.ts";

/** How much of a comment a notification quotes. */
const EXCERPT_CHARS = 280;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

export async function notifyAssigned(tx: Tx, actor: Actor, claimId: string, assigneeId: string): Promise<void> {
  await notifyUsers(tx, actor, [
    { userId: assigneeId, kind: "assigned", claimId, detail: { claimTitle: await claimTitle(tx, claimId) } },
  ]);
}

export async function notifyMentioned(
  tx: Tx,
  actor: Actor,
  claimId: string,
  userIds: readonly string[],
  body: string,
): Promise<void> {
  if (userIds.length === 0) return;
  const detail = { claimTitle: await claimTitle(tx, claimId), excerpt: excerpt(body) };
  await notifyUsers(
    tx,
    actor,
    userIds.map((userId) => ({ userId, kind: "mentioned" as const, claimId, detail })),
  );
}

/**
 * A submitted verdict waits for any qualified second person: every active editor and admin, and
 * reviewers too when the team lets reviewers approve, except the verdict's author.
 */
export async function notifySecondReviewers(tx: Tx, actor: Actor, claimId: string, authorId: string): Promise<void> {
  const { reviewersMayApprove } = await teamSettings(tx);
  const roles = PERMISSIONS.secondReview.filter((role: TRole) => role !== "reviewer" || reviewersMayApprove);
  const people = await tx.user.findMany({
    where: { active: true, role: { in: roles }, id: { not: authorId } },
    select: { id: true },
  });
  const detail = { claimTitle: await claimTitle(tx, claimId) };
  await notifyUsers(
    tx,
    actor,
    people.map((person) => ({ userId: person.id, kind: "secondReviewWaiting" as const, claimId, detail })),
  );
}

export async function notifyVerdictReturned(
  tx: Tx,
  actor: Actor,
  claimId: string,
  authorId: string,
  comment: string,
): Promise<void> {
  await notifyUsers(tx, actor, [
    {
      userId: authorId,
      kind: "verdictReturned",
      claimId,
      detail: { claimTitle: await claimTitle(tx, claimId), excerpt: excerpt(comment) },
    },
  ]);
}
