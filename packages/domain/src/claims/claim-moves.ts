import { Prisma, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";

/** An item leaving one claim for another, as re-clustering and ingest move them. */
export interface ClaimMove {
  itemId: string;
  from: string | null;
  to: string | null;
  /** Set when the item's image placed it (IMAGE_EVIDENCE_RULE) rather than its words. */
  evidence?: "image";
}

/** A claim's first sighting is its earliest item's: items leaving a claim can make it later. */
export async function refreshFirstSeen(tx: SqlRunner, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Claim" c SET "firstSeenAt" = seen.first
    FROM (SELECT "claimId", min(COALESCE("publishedAt", "archivedAt", "ingestedAt")) AS first FROM "Item"
          WHERE "claimId" = ANY(${claimIds}::uuid[]) GROUP BY "claimId") seen
    WHERE c."id" = seen."claimId" AND c."firstSeenAt" <> seen.first`);
}

/** One audit event per claim that gained or lost items: which came, which left, and where to. */
export async function auditMoves(tx: SqlRunner, actor: Actor, moves: readonly ClaimMove[]): Promise<void> {
  const byClaim = new Map<
    string,
    { gained: string[]; lost: { itemId: string; to: string | null }[]; gainedByImage?: string[] }
  >();
  const entry = (claimId: string) =>
    byClaim.get(claimId) ?? byClaim.set(claimId, { gained: [], lost: [] }).get(claimId)!;
  for (const move of moves) {
    if (move.to) {
      const gaining = entry(move.to);
      gaining.gained.push(move.itemId);
      // Which of the gained items their picture placed, not their words.
      if (move.evidence === "image") (gaining.gainedByImage ??= []).push(move.itemId);
    }
    if (move.from) entry(move.from).lost.push({ itemId: move.itemId, to: move.to });
  }
  await recordAudits(
    tx,
    actor,
    [...byClaim.entries()].map(([claimId, change]) => ({
      action: "claim.reclustered",
      subjectType: "claim",
      subjectId: claimId,
      after: change,
    })),
  );
}
