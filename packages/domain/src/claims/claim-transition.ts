import { CLAIM_TRANSITIONS, nextClaimStatus, transitionRefusal, type TClaimEvent } from "@tekser/contracts";
import { Prisma, type ClaimStatus, type SqlRunner, type Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { claimForChange, type ClaimForChange } from "./claim-lock.ts";

/** Columns a transition may write beside the status (never the status or the revision themselves). */
export type TransitionChanges = Omit<Prisma.ClaimUncheckedUpdateInput, "status" | "revision" | "id">;

export interface TransitionOptions {
  /** The revision the user saw; a save against an older one is refused as STALE_WRITE. */
  expectedRevision?: number | undefined;
  /** Other refusals of the caller, checked on the locked row before anything is written. */
  check?: (claim: ClaimForChange) => Promise<void> | void;
  changes?: TransitionChanges;
}

export interface Transitioned {
  /** The claim as it was before the transition, read under the row lock. */
  before: ClaimForChange;
  status: ClaimStatus;
}

function refuse(claimId: string, status: ClaimStatus, event: TClaimEvent): never {
  throw new AppError("INVALID_TRANSITION", transitionRefusal(status, event), { claimId, status, event });
}

/**
 * The one way a claim's status changes: locks the row (FOR UPDATE, so a concurrent change
 * waits and then sees this one's result instead of writing over it), refuses a stale revision
 * and any event the transition table does not allow from the current status, then writes the
 * new status with the caller's other changes and bumps the revision.
 */
export async function transitionClaim(
  tx: Tx,
  claimId: string,
  event: TClaimEvent,
  options: TransitionOptions = {},
): Promise<Transitioned> {
  const before = await claimForChange(tx, claimId, options.expectedRevision);
  const status = nextClaimStatus(before.status, event);
  if (!status) refuse(claimId, before.status, event);
  await options.check?.(before);
  await tx.claim.update({ where: { id: claimId }, data: { ...options.changes, status, revision: { increment: 1 } } });
  return { before, status };
}

/**
 * Clustering closes many claims as merged into others at once: the same rule as transitionClaim,
 * set-based. Rows are locked in id order, so two batches cannot deadlock.
 */
export async function absorbClaims(
  tx: SqlRunner,
  merges: readonly { claimId: string; into: string; closeReason: string }[],
): Promise<void> {
  if (merges.length === 0) return;
  const ids = merges.map((merge) => merge.claimId);
  const locked = await tx.$queryRaw<{ id: string; status: ClaimStatus }[]>(Prisma.sql`
    SELECT "id", "status" FROM "Claim" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`);
  for (const claim of locked) if (!nextClaimStatus(claim.status, "absorb")) refuse(claim.id, claim.status, "absorb");
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Claim" c SET "mergedIntoId" = v."into", "status" = ${CLAIM_TRANSITIONS.absorb.to}::"ClaimStatus", "closeReason" = v."reason",
           "revision" = c."revision" + 1, "updatedAt" = now()
    FROM unnest(${ids}::uuid[], ${merges.map((merge) => merge.into)}::uuid[], ${merges.map((merge) => merge.closeReason)}::text[]) AS v("id", "into", "reason")
    WHERE c."id" = v."id"`);
}
