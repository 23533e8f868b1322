import { Prisma, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";
import { absorbClaims } from "./claim-transition.ts";

/** What bridging needs to know of a claim. */
export interface BridgeableClaim {
  /** Nobody has worked on it: the rule may merge it away (see `bridgeableClaims`). */
  mergeable: boolean;
  firstSeenAt: Date;
}

/**
 * Claims that one new item shows to be one. Copies do not arrive in order: a headline post and an
 * excerpt that share no words each start a claim, and the article both come from, arriving later,
 * matches both. An item that matches two claims strongly and was published no later than every
 * item of both is their common source, and the claims are merged — those the desk has not started
 * on; a claim it has is never merged away by the rule. The claims of an item's own copies follow
 * it also into an earlier claim it quotes as strongly. (A later item matching two claims — a digest quoting two
 * posts — shows nothing of the kind and joins the better match only.)
 */
export class ClaimBridges {
  private readonly mergedInto = new Map<string, string>();
  readonly storedMerges: { source: string; target: string; itemId: string }[] = [];

  constructor(
    /** The stored claims among the candidates. */
    private readonly stored: ReadonlyMap<string, BridgeableClaim>,
    /** When each claim this batch started was first seen; undefined for the others. */
    private readonly newClaimSeenAt: (claimId: string) => Date | undefined,
  ) {}

  private isNew(claimId: string): boolean {
    return this.newClaimSeenAt(claimId) !== undefined;
  }

  /** The rule may move items out of the claim: one this batch started, or a stored one nobody has worked on. */
  mayMoveFrom(claimId: string): boolean {
    return this.isNew(claimId) || this.stored.get(claimId)?.mergeable === true;
  }

  /** The claim a claim has become (itself unless merged in this batch). */
  resolve(claimId: string): string {
    let current = claimId;
    for (let next = this.mergedInto.get(current); next !== undefined; next = this.mergedInto.get(current))
      current = next;
    return current;
  }

  /**
   * Joins `best` and the `bridged` claims an item matched strongly, as far as allowed, and returns
   * the claim the item goes to: the one claim the desk may have started on if there is one, else a
   * stored claim, else a new one; claims the rule may not move stay apart.
   */
  join(
    best: string,
    bridged: readonly string[],
    item: { id: string; publishedAt: Date | null },
    onMergeNew: (source: string, target: string) => void,
  ): string {
    const publishedAt = item.publishedAt;
    if (publishedAt === null) return best;
    const firstSeen = (claimId: string) => this.newClaimSeenAt(claimId) ?? this.stored.get(claimId)?.firstSeenAt;
    // Claims the item is the source of: none of their items came before it. At or before: an
    // outlet's channel posts the headline the minute the article goes up.
    const ranked = [best, ...bridged];
    const sourced = ranked.filter((claimId) => publishedAt <= (firstSeen(claimId) ?? new Date(8.64e15)));
    if (sourced.length === 0) return best;
    // An item quoting an earlier claim as strongly (a debunk quoting the rumour it answers) joins
    // it and takes its own copies along; the other earlier claims it matched (the second story
    // a digest quotes) are left alone.
    const quoted = ranked.find((claimId) => !sourced.includes(claimId));
    const group = quoted ? [quoted, ...sourced] : sourced;
    const fixed = group.filter((claimId) => !this.isNew(claimId) && !this.stored.get(claimId)?.mergeable);
    const target =
      quoted ?? (fixed.includes(best) ? best : (fixed[0] ?? group.find((claimId) => !this.isNew(claimId)) ?? best));
    for (const source of group) {
      if (source === target || fixed.includes(source)) continue;
      this.mergedInto.set(source, target);
      if (this.isNew(source)) onMergeNew(source, target);
      else this.storedMerges.push({ source, target, itemId: item.id });
    }
    return target;
  }
}

/** The given stored claims, each with when it was first seen and whether nobody has worked on it (new, no verdict, no assignee, no notice, no item placed by hand). */
export async function bridgeableClaims(
  tx: SqlRunner,
  claimIds: readonly string[],
): Promise<Map<string, BridgeableClaim>> {
  if (claimIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<({ id: string } & BridgeableClaim)[]>(Prisma.sql`
    SELECT c."id", c."firstSeenAt",
           (c."status" = 'new' AND c."verdict" IS NULL AND c."mergedIntoId" IS NULL AND c."assigneeId" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "Notice" n WHERE n."claimId" = c."id")
            AND NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."claimId" = c."id" AND i."clusterPinned")) AS "mergeable"
    FROM "Claim" c WHERE c."id" = ANY(${claimIds}::uuid[])`);
  return new Map(rows.map(({ id, ...claim }) => [id, claim]));
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
  await absorbClaims(
    tx,
    merges.map(({ source, target }) => ({
      claimId: source,
      into: target,
      closeReason: `Merged into ${target} at ingest`,
    })),
  );
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
