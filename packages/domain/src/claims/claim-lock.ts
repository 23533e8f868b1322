import type { ClaimStatus, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";

/** What every claim change reads first, with the row locked until the transaction ends. */
export interface ClaimForChange {
  id: string;
  status: ClaimStatus;
  priority: number;
  revision: number;
  assigneeId: string | null;
  lockedById: string | null;
  lockedUntil: Date | null;
  closeReason: string | null;
}

/**
 * Loads a claim FOR UPDATE so concurrent changes queue up instead of interleaving, and refuses a
 * save made against an older revision than the one stored (someone else changed it meanwhile).
 */
export async function claimForChange(tx: Tx, claimId: string, seenRevision?: number): Promise<ClaimForChange> {
  const rows = await tx.$queryRaw<ClaimForChange[]>`
    SELECT id, status, priority, revision, "assigneeId", "lockedById", "lockedUntil", "closeReason"
    FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
  const claim = rows[0];
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${claimId}`, { claimId: claimId });
  if (seenRevision !== undefined && claim.revision !== seenRevision) {
    throw new AppError(
      "STALE_WRITE",
      `Someone changed this claim since you opened it (you saw revision ${seenRevision}, it is now ${claim.revision}); reload to see their change`,
      { currentRevision: claim.revision, seenRevision },
    );
  }
  return claim;
}

/** The lock holder's id while the soft lock is live, else null. */
export function liveLockHolder(
  claim: Pick<ClaimForChange, "lockedById" | "lockedUntil">,
  now = new Date(),
): string | null {
  return claim.lockedById && claim.lockedUntil && claim.lockedUntil > now ? claim.lockedById : null;
}

/** Refuses a change while a colleague holds the soft lock; the holder's name makes it actionable. */
export async function refuseIfLockedByOther(tx: Tx, claim: ClaimForChange, actorId: string): Promise<void> {
  const holder = liveLockHolder(claim);
  if (!holder || holder === actorId) return;
  const user = await tx.user.findUnique({ where: { id: holder }, select: { displayName: true } });
  throw new AppError(
    "LOCKED",
    `${user?.displayName ?? "A colleague"} is working on this claim until ${claim.lockedUntil?.toISOString()}; take the lock over or wait`,
    { lockedById: holder, lockedUntil: claim.lockedUntil?.toISOString() ?? null },
  );
}
