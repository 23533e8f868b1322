import { RECENT_ACCOUNT_APPROVAL_DAYS } from "@tekser/contracts";
import type { Tx } from "@tekser/db";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the approver's account was created by the verdict's author within the last
 * RECENT_ACCOUNT_APPROVAL_DAYS, what the approval's audit event records about it (the chain
 * then keeps the flag for auditors); otherwise null.
 */
export async function approverCreatedByAuthor(
  tx: Tx,
  approverId: string,
  authorId: string,
): Promise<{ accountCreatedAt: string; withinDays: number } | null> {
  const created = await tx.auditEvent.findFirst({
    where: {
      action: "user.create",
      subjectType: "user",
      subjectId: approverId,
      actorId: authorId,
      at: { gte: new Date(Date.now() - RECENT_ACCOUNT_APPROVAL_DAYS * DAY_MS) },
    },
    select: { at: true },
  });
  return created ? { accountCreatedAt: created.at.toISOString(), withinDays: RECENT_ACCOUNT_APPROVAL_DAYS } : null;
}
