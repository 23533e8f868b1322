import type { TBulkInput, TCloseInput, TReopenInput, TWorkState } from "@tekser/contracts";
import type { ClaimStatus, Db, Prisma, Tx } from "@tekser/db";
import { AppError } from "../errors.ts";
import { recordAudit, type Actor } from "./audit-log.ts";
import { claimForChange, liveLockHolder, OPEN_STATUSES, refuseIfLockedByOther, type ClaimForChange } from "./claim-lock.ts";
import { teamSettings } from "./team-settings.ts";

type Person = Actor & { id: string };

/** Who may be given claims: active staff who write or approve verdicts. */
async function assignableUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user?.active || !["reviewer", "editor", "admin"].includes(user.role)) {
    throw new AppError("BAD_REQUEST", "Claims can only be assigned to an active reviewer, editor or admin", { assigneeId: userId });
  }
  return user;
}

/** Starting work moves a new or reopened claim into review. */
function statusWhenWorkStarts(status: ClaimStatus): ClaimStatus {
  return status === "new" || status === "reopened" ? "in_review" : status;
}

export async function assignIn(tx: Tx, actor: Person, claim: ClaimForChange, assigneeId: string | null): Promise<void> {
  if (assigneeId) await assignableUser(tx, assigneeId);
  const status = assigneeId ? statusWhenWorkStarts(claim.status) : claim.status;
  await tx.claim.update({ where: { id: claim.id }, data: { assigneeId, status, revision: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: assigneeId ? "claim.assign" : "claim.unassign",
    subjectType: "claim",
    subjectId: claim.id,
    before: { assigneeId: claim.assigneeId, status: claim.status },
    after: { assigneeId, status },
  });
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

export async function closeIn(tx: Tx, actor: Person, claim: ClaimForChange, input: Omit<TCloseInput, "claimId" | "revision">): Promise<void> {
  if (!OPEN_STATUSES.includes(claim.status)) {
    throw new AppError("INVALID_TRANSITION", `A claim that is ${claim.status} cannot be closed; reopen it first`, { claimId: claim.id });
  }
  await refuseIfLockedByOther(tx, claim, actor.id);
  if (input.duplicateOfId === claim.id) throw new AppError("BAD_REQUEST", "A claim cannot duplicate itself");
  const closeReason = input.duplicateOfId ? `${input.reason}:${input.duplicateOfId}` : input.reason;
  await tx.claim.update({
    where: { id: claim.id },
    data: { status: "closed", closeReason, lockedById: null, lockedUntil: null, revision: { increment: 1 } },
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
  await db.$transaction(async (tx) => closeIn(tx, actor, await claimForChange(tx, input.claimId, input.revision), input));
}

/** Decided, published or closed claims go back to work, e.g. when a fake resurfaces with new evidence. */
export async function reopenClaim(db: Db, actor: Person, input: TReopenInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId, input.revision);
    if (OPEN_STATUSES.includes(claim.status) || claim.status === "awaiting_second_review") {
      throw new AppError("INVALID_TRANSITION", `The claim is ${claim.status}: it is already open`);
    }
    await tx.claim.update({
      where: { id: claim.id },
      data: { status: "reopened", closeReason: null, revision: { increment: 1 } },
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
  await db.$transaction(async (tx) => {
    for (const id of ids) {
      const claim = await claimForChange(tx, id);
      if (action.type === "assign") await assignIn(tx, actor, claim, action.assigneeId);
      else if (action.type === "priority") await setPriorityIn(tx, actor, claim, action.priority);
      else await closeIn(tx, actor, claim, { reason: action.reason, note: action.note });
    }
  }, { timeout: 30_000 });
  return { changed: ids.length };
}

/** Takes (or renews) the soft lock: colleagues see the claim as taken until it times out. */
export async function lockClaim(db: Db, actor: Person, input: { claimId: string; takeOver: boolean }): Promise<TWorkState> {
  await db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId);
    const holder = liveLockHolder(claim);
    if (holder && holder !== actor.id && !input.takeOver) await refuseIfLockedByOther(tx, claim, actor.id);
    const { lockMinutes } = await teamSettings(tx);
    const lockedUntil = new Date(Date.now() + lockMinutes * 60_000);
    const status = OPEN_STATUSES.includes(claim.status) ? statusWhenWorkStarts(claim.status) : claim.status;
    const renewal = holder === actor.id;
    const takeOver = holder !== null && holder !== actor.id;
    // A take-over bumps the revision so the previous holder's pending save is refused as stale;
    // taking a free lock or renewing one's own is not a change anyone has to merge with.
    const bump = takeOver || status !== claim.status;
    await tx.claim.update({
      where: { id: claim.id },
      data: { lockedById: actor.id, lockedUntil, status, ...(bump ? { revision: { increment: 1 } } : {}) },
    });
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
    await recordAudit(tx, actor, { action: "claim.unlock", subjectType: "claim", subjectId: claimId, before: { lockedById: actor.id } });
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
  if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${claimId}`);
  const live = claim.lockedBy && claim.lockedUntil && claim.lockedUntil > new Date();
  return {
    claimId: claim.id,
    status: claim.status,
    priority: claim.priority,
    revision: claim.revision,
    closeReason: claim.closeReason,
    assignee: claim.assignee,
    lock: live && claim.lockedBy && claim.lockedUntil ? { holder: claim.lockedBy, until: claim.lockedUntil.toISOString() } : null,
  };
}
