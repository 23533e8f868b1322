import { Prisma, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "./audit-log.ts";
import { absorbClaims } from "./claim-transition.ts";

/**
 * Claims that one new item shows to be one. Copies do not arrive in order: a headline post and an
 * excerpt that share no words each start a claim, and the article both come from, arriving later,
 * matches both. Those claims are then merged into one — when the desk has not started on them
 * (see `mergeableClaims`); a claim it has is never merged by the rule, only by a reviewer.
 */
export class ClaimBridges {
  private readonly mergedInto = new Map<string, string>();
  readonly storedMerges: { source: string; target: string; itemId: string }[] = [];

  constructor(
    /** Stored claims the rule may merge away. */
    private readonly mergeable: ReadonlySet<string>,
    /** Claims this batch started, not yet stored. */
    private readonly isNew: (claimId: string) => boolean,
  ) {}

  /** The claim a claim has become (itself unless merged in this batch). */
  resolve(claimId: string): string {
    let current = claimId;
    for (let next = this.mergedInto.get(current); next !== undefined; next = this.mergedInto.get(current)) current = next;
    return current;
  }

  /**
   * Joins `best` and the `bridged` claims an item matched strongly, as far as allowed, and returns
   * the claim the item goes to: the one claim the desk may have started on if there is one, else a
   * stored claim, else a new one; claims the rule may not move stay apart.
   */
  join(best: string, bridged: readonly string[], itemId: string, onMergeNew: (source: string, target: string) => void): string {
    const group = [best, ...bridged];
    const fixed = group.filter((claimId) => !this.isNew(claimId) && !this.mergeable.has(claimId));
    const target = fixed.includes(best) ? best : (fixed[0] ?? group.find((claimId) => !this.isNew(claimId)) ?? best);
    for (const source of group) {
      if (source === target || fixed.includes(source)) continue;
      this.mergedInto.set(source, target);
      if (this.isNew(source)) onMergeNew(source, target);
      else this.storedMerges.push({ source, target, itemId });
    }
    return target;
  }
}

/** Of the given stored claims, those nobody has worked on: new, no verdict, no notice, no item placed by hand. */
export async function mergeableClaims(tx: SqlRunner, claimIds: readonly string[]): Promise<Set<string>> {
  if (claimIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT c."id" FROM "Claim" c
    WHERE c."id" = ANY(${claimIds}::uuid[]) AND c."status" = 'new' AND c."verdict" IS NULL AND c."mergedIntoId" IS NULL
      AND c."assigneeId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Notice" n WHERE n."claimId" = c."id")
      AND NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."claimId" = c."id" AND i."clusterPinned")`);
  return new Set(rows.map((row) => row.id));
}

/** Moves the stored claims' items into the claims they were found to be, closes them as merged, and audits it. */
export async function mergeBridgedClaims(tx: SqlRunner, actor: Actor, bridges: ClaimBridges): Promise<void> {
  const merges = bridges.storedMerges.map((merge) => ({ ...merge, target: bridges.resolve(merge.target) }));
  if (merges.length === 0) return;
  const sources = merges.map((merge) => merge.source);
  const targets = merges.map((merge) => merge.target);
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Item" i SET "claimId" = v."target" FROM unnest(${sources}::uuid[], ${targets}::uuid[]) AS v("source", "target")
    WHERE i."claimId" = v."source"`);
  await absorbClaims(tx, merges.map(({ source, target }) => ({ claimId: source, into: target, closeReason: `Merged into ${target} at ingest` })));
  await recordAudits(
    tx,
    actor,
    merges.map(({ source, target, itemId }) => ({
      action: "claim.merge",
      subjectType: "claim",
      subjectId: target,
      before: { source: { id: source } },
      after: { bridgingItem: itemId },
      reason: "Ingest: a new copy matched both claims",
    })),
  );
}
