import type { TBulkInput, TCloseInput, TReopenInput, TWorkState } from "@tekser/contracts";
import { hasPermission, nextClaimStatus, PERMISSIONS, ZRole } from "@tekser/contracts";
import type { ClaimStatus, Db, Prisma, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { claimForChange, liveLockHolder, refuseIfLockedByOther, type ClaimForChange } from "../claims/claim-lock.ts";
import { transitionClaim, type TransitionChanges } from "../claims/claim-transition.ts";
import { setClaimTagIn } from "../claims/claim-tags.ts";
import { teamSettings } from "./team-settings.ts";
import { notifyAssigned } from "../notifications/review-notifications.ts";

type Person = Actor & { id: string };

/** Who may be given claims: active staff who write or approve verdicts. */
async function assignableUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user?.active || !hasPermission(user.role, "work")) {
    throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "Claims can only be assigned to an active reviewer, editor or admin", {
      assigneeId: userId,
    });
  }
  return user;
}

/**
 * Writes `changes`, which start work on the claim when `startsWork`: a waiting (new or reopened)
 * claim then moves into review through the transition table. Otherwise the status stays, and the
 * revision moves only when `bump` says the change is one a pending save has to be checked against.
 */
async function updateStartingWork(
  tx: Tx,
  claim: ClaimForChange,
  changes: TransitionChanges,
  startsWork: boolean,
  bump: boolean,
): Promise<ClaimStatus> {
  if (startsWork && nextClaimStatus(claim.status, "startWork"))
    return (await transitionClaim(tx, claim.id, "startWork", { changes })).status;
  await tx.claim.update({
    where: { id: claim.id },
    data: { ...changes, ...(bump ? { revision: { increment: 1 } } : {}) },
  });
  return claim.status;
}

export async function assignIn(tx: Tx, actor: Person, claim: ClaimForChange, assigneeId: string | null): Promise<void> {
  if (assigneeId) await assignableUser(tx, assigneeId);
  const status = await updateStartingWork(tx, claim, { assigneeId }, assigneeId !== null, true);
  await recordAudit(tx, actor, {
    action: assigneeId ? "claim.assign" : "claim.unassign",
    subjectType: "claim",
    subjectId: claim.id,
    before: { assigneeId: claim.assigneeId, status: claim.status },
    after: { assigneeId, status },
  });
  if (assigneeId && assigneeId !== claim.assigneeId) await notifyAssigned(tx, actor, claim.id, assigneeId);
}

export async function setPriorityIn(tx: Tx, actor: Person, claim: ClaimForChange, priority: number): Promise<void> {
  await tx.claim.update({ where: { id: claim.id }, data: { priority, revision: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: "claim.setPriority",
    subjectType: "claim",
    subjectId: claim.id,
    before: { priority: claim.priority },
    after: { priority },
  });
}

export async function closeIn(
  tx: Tx,
  actor: Person,
  claimId: string,
  input: Omit<TCloseInput, "claimId" | "revision">,
  expectedRevision?: number,
): Promise<void> {
  const closeReason = input.duplicateOfId ? `${input.reason}:${input.duplicateOfId}` : input.reason;
  const { before: claim } = await transitionClaim(tx, claimId, "close", {
    expectedRevision,
    check: async (locked) => {
      await refuseIfLockedByOther(tx, locked, actor.id);
      if (input.duplicateOfId === locked.id)
        throw new AppError("DUPLICATE_OF_ITSELF", "A claim cannot duplicate itself");
    },
    changes: { closeReason, lockedById: null, lockedUntil: null },
  });
  await recordAudit(tx, actor, {
    action: "claim.close",
    subjectType: "claim",
    subjectId: claim.id,
    before: { status: claim.status },
    after: { status: "closed", closeReason },
    reason: input.note,
  });
}

export async function closeClaim(db: Db, actor: Person, input: TCloseInput): Promise<void> {
  await db.$transaction(async (tx) => closeIn(tx, actor, input.claimId, input, input.revision));
}

/** Decided, published or closed claims go back to work, e.g. when a fake resurfaces with new evidence. */
export async function reopenClaim(db: Db, actor: Person, input: TReopenInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const { before: claim } = await transitionClaim(tx, input.claimId, "reopen", {
      expectedRevision: input.revision,
      changes: { closeReason: null },
    });
    await recordAudit(tx, actor, {
      action: "claim.reopen",
      subjectType: "claim",
      subjectId: claim.id,
      before: { status: claim.status, closeReason: claim.closeReason },
      after: { status: "reopened" },
      reason: input.reason,
    });
  });
}

/** One change to many claims, all or nothing: a refused claim rolls the whole batch back. */
export async function bulkChange(db: Db, actor: Person, input: TBulkInput): Promise<{ changed: number }> {
  const { action } = input;
  const ids = [...new Set(input.claimIds)].sort(); // a fixed order so two batches cannot deadlock
  if ((action.type === "tag" || action.type === "untag") && !hasPermission(ZRole.parse(actor.role), "tag")) {
    throw new AppError("ROLE_NOT_ALLOWED", "Your role cannot tag claims", {
      allowedRoles: PERMISSIONS.tag,
      role: actor.role,
    });
  }
  await db.$transaction(
    async (tx) => {
      for (const id of ids) {
        if (action.type === "tag" || action.type === "untag") {
          await setClaimTagIn(tx, actor, id, action.tagId, action.type === "tag");
          continue;
        }
        if (action.type === "close") {
          await closeIn(tx, actor, id, { reason: action.reason, note: action.note });
          continue;
        }
        const claim = await claimForChange(tx, id);
        if (action.type === "assign") await assignIn(tx, actor, claim, action.assigneeId);
        else await setPriorityIn(tx, actor, claim, action.priority);
      }
    },
    { timeout: 30_000 },
  );
  return { changed: ids.length };
}

/** Takes (or renews) the soft lock: colleagues see the claim as taken until it times out. */
export async function lockClaim(
  db: Db,
  actor: Person,
  input: { claimId: string; takeOver: boolean },
): Promise<TWorkState> {
  await db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId);
    const holder = liveLockHolder(claim);
    if (holder && holder !== actor.id && !input.takeOver) await refuseIfLockedByOther(tx, claim, actor.id);
    const { lockMinutes } = await teamSettings(tx);
    const lockedUntil = new Date(Date.now() + lockMinutes * 60_000);
    const renewal = holder === actor.id;
    const takeOver = holder !== null && holder !== actor.id;
    // A take-over bumps the revision so the previous holder's pending save is refused as stale;
    // taking a free lock or renewing one's own is not a change anyone has to merge with.
    const status = await updateStartingWork(tx, claim, { lockedById: actor.id, lockedUntil }, true, takeOver);
    await recordAudit(tx, actor, {
      action: takeOver ? "claim.lockTakeOver" : renewal ? "claim.lockRenew" : "claim.lock",
      subjectType: "claim",
      subjectId: claim.id,
      before: { lockedById: holder, status: claim.status },
      after: { lockedById: actor.id, lockedUntil: lockedUntil.toISOString(), status },
    });
  });
  return workState(db, input.claimId);
}

export async function unlockClaim(db: Db, actor: Person, claimId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, claimId);
    if (liveLockHolder(claim) !== actor.id) return; // nothing of ours to release
    await tx.claim.update({ where: { id: claimId }, data: { lockedById: null, lockedUntil: null } });
    await recordAudit(tx, actor, {
      action: "claim.unlock",
      subjectType: "claim",
      subjectId: claimId,
      before: { lockedById: actor.id },
    });
  });
}

const person = { select: { id: true, username: true, displayName: true } } as const;
const workStateSelect = {
  id: true,
  status: true,
  priority: true,
  revision: true,
  closeReason: true,
  lockedUntil: true,
  assignee: person,
  lockedBy: person,
} satisfies Prisma.ClaimSelect;

export async function workState(db: Db | Tx, claimId: string): Promise<TWorkState> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: workStateSelect });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${claimId}`, { claimId: claimId });
  const live = claim.lockedBy && claim.lockedUntil && claim.lockedUntil > new Date();
  return {
    claimId: claim.id,
    status: claim.status,
    priority: claim.priority,
    revision: claim.revision,
    closeReason: claim.closeReason,
    assignee: claim.assignee,
    lock:
      live && claim.lockedBy && claim.lockedUntil
        ? { holder: claim.lockedBy, until: claim.lockedUntil.toISOString() }
        : null,
  };
}
