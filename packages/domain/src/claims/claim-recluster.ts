import { connectionPool, inSqlTransaction, Prisma, type Db, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";
import { absorbClaims } from "./claim-transition.ts";
import { clusterNewItems, type NewClusterItem } from "./claim-clustering.ts";
import { saveFingerprints } from "./claim-fingerprints.ts";
import { auditMoves, refreshFirstSeen, type ClaimMove } from "./claim-moves.ts";
import { clusterKeys } from "./claim-candidates.ts";
import { CLAIM_KINDS } from "./claim-rules.ts";
import { placeByImages } from "./claim-recluster-images.ts";
import { analyseItemText } from "./claim-text.ts";
import { saveTranslationKeys } from "./claim-translations.ts";

/** Items re-placed per clustering pass: each pass sees the placements of the passes before it. */
const RECLUSTER_CHUNK = 500;

export interface ReclusterOptions {
  /** Only items stored since then are re-placed (all when absent). */
  since?: Date | undefined;
  /** Work everything out, report it, and change nothing. */
  dryRun: boolean;
}

export interface ReclusterReport {
  dryRun: boolean;
  /** Items looked at: stored since `since`. */
  examined: number;
  /** Items left where they are: in a claim a reviewer merged or split, or with a published or imported notice. */
  kept: number;
  moves: ClaimMove[];
  /** Claims the current rule started that had no claim to continue. */
  newClaims: string[];
  /** Claims all of whose items joined another claim: closed as merged into it. */
  mergedClaims: { claimId: string; into: string }[];
}

interface StoredItem extends Omit<NewClusterItem, "mayStartClaim" | "analysis" | "keys"> {
  kind: string;
  claimId: string | null;
  kept: boolean;
  /** The text read in an image: it may join a claim but never start one, as when it was read. */
  readFromImage: boolean;
}

/** Rolls the dry run's transaction back after its report is made. */
class DryRunDone extends Error {
  constructor(readonly report: ReclusterReport) {
    super("dry run");
  }
}

/**
 * Re-applies the current clustering rule to stored items, so that a better rule improves the data
 * already in the database. A claim a reviewer shaped (holding an item they merged or split in:
 * `clusterPinned`) or with a published or imported notice keeps its items and gains none; its items get fresh
 * fingerprints. The others leave
 * their claims and are clustered again in the order they appeared, exactly as ingest would place
 * them (same code, `clusterNewItems`), against the items kept and those already re-placed. A
 * claim the rule starts continues the old claim most of its items came from when that claim has
 * no items left, so claims keep their ids, verdicts and history where nothing changed; a claim
 * emptied into another is closed as merged into it. Then the image-evidence rule is applied to the
 * re-placed items (claim-recluster-images.ts), into claims other than the kept ones. Every move is
 * audited per claim. One
 * transaction: a dry run is the same work rolled back.
 */
export async function reclusterClaims(db: Db, actor: Actor, options: ReclusterOptions): Promise<ReclusterReport> {
  try {
    return await inSqlTransaction(connectionPool(db), async (tx) => {
      const report = await recluster(tx, actor, options);
      if (options.dryRun) throw new DryRunDone(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  }
}

async function recluster(tx: SqlRunner, actor: Actor, options: ReclusterOptions): Promise<ReclusterReport> {
  const items = await storedItems(tx, options.since ?? null);
  const kept = items.filter((item) => item.kept);
  const free = items.filter((item) => !item.kept);
  // Kept items are no candidates while the others are placed (a reviewer's claims neither gain nor
  // lose items here); their fresh fingerprints make them candidates again afterwards.
  const keptKeys = kept.map((item) => ({
    itemId: item.id,
    keys: clusterKeys(item, analyseItemText(item).fingerprint),
    inClaim: false,
  }));
  await saveFingerprints(tx, keptKeys);
  const freeIds = free.map((item) => item.id);
  await tx.$executeRaw(
    Prisma.sql`UPDATE "Item" SET "claimId" = NULL, "originalItemId" = NULL WHERE "id" = ANY(${freeIds}::uuid[])`,
  );
  await tx.$executeRaw(Prisma.sql`DELETE FROM "ItemFingerprint" WHERE "itemId" = ANY(${freeIds}::uuid[])`);
  // Translation keys too: the free items' are written again as they are placed, the kept items'
  // afterwards (until then no item of a kept claim is a translation candidate either).
  await tx.$executeRaw(
    Prisma.sql`DELETE FROM "ItemTranslationKeys" WHERE "itemId" = ANY(${items.map((item) => item.id)}::uuid[])`,
  );

  const placedIn = new Map<string, string | null>();
  for (let start = 0; start < free.length; start += RECLUSTER_CHUNK) {
    const chunk = free.slice(start, start + RECLUSTER_CHUNK);
    const claimIds = await clusterNewItems(
      tx,
      actor,
      chunk.map((item) => ({ ...item, mayStartClaim: CLAIM_KINDS.has(item.kind as never) && !item.readFromImage })),
      undefined,
      { flagResurfaced: false },
    );
    chunk.forEach((item, index) => placedIn.set(item.id, claimIds[index] ?? null));
  }

  await saveFingerprints(
    tx,
    keptKeys.map((entry, index) => ({ ...entry, inClaim: kept[index]?.claimId != null })),
  );
  await saveTranslationKeys(
    tx,
    kept.map((item) => ({ itemId: item.id, item, indexed: item.claimId !== null })),
  );
  const { renamed, newClaims: startedClaims } = await continueOldClaims(tx, free, placedIn);
  const keptClaims = [...new Set(kept.flatMap((item) => (item.claimId ? [item.claimId] : [])))];
  const byImage = await placeByImages(tx, freeIds, keptClaims);
  const newClaims = await dropEmptiedNewClaims(tx, startedClaims);
  const moves = free
    .map((item): ClaimMove => {
      const imageClaim = byImage.get(item.id);
      if (imageClaim) return { itemId: item.id, from: item.claimId, to: imageClaim, evidence: "image" };
      const placed = placedIn.get(item.id) ?? null;
      return { itemId: item.id, from: item.claimId, to: placed === null ? null : (renamed.get(placed) ?? placed) };
    })
    .filter((move) => move.from !== move.to);
  const mergedClaims = await closeEmptiedClaims(tx, actor, moves);
  await refreshFirstSeen(tx, [
    ...new Set(moves.flatMap((move) => [move.from, move.to]).filter((id): id is string => id !== null)),
  ]);
  await auditMoves(tx, actor, moves);
  return { dryRun: options.dryRun, examined: items.length, kept: kept.length, moves, newClaims, mergedClaims };
}

async function storedItems(tx: SqlRunner, since: Date | null): Promise<StoredItem[]> {
  return tx.$queryRaw<StoredItem[]>(Prisma.sql`
    SELECT i."id", i."kind"::text AS "kind", i."site", i."url", i."canonicalUrl", i."links", i."title", i."text", i."lang",
           i."publishedAt", i."archivedAt", i."ingestedAt", i."originalSource", i."languageVersions", i."claimId",
           (i."clusterPinned" OR EXISTS (SELECT 1 FROM "Item" p WHERE p."claimId" = i."claimId" AND p."clusterPinned")
            OR EXISTS (SELECT 1 FROM "Notice" n WHERE n."claimId" = i."claimId")
            OR EXISTS (SELECT 1 FROM "ImportedNotice" m WHERE m."claimId" = i."claimId")) AS "kept",
           EXISTS (SELECT 1 FROM "ItemMedia" m WHERE m."textItemId" = i."id") AS "readFromImage"
    FROM "Item" i
    WHERE ${since}::timestamptz IS NULL OR i."ingestedAt" >= ${since}::timestamptz
    ORDER BY COALESCE(i."publishedAt", i."archivedAt", i."ingestedAt"), i."ingestedAt", i."id"`);
}

/**
 * Gives each claim this run started the id of the old claim most of its items came from, when
 * that claim has no items left and no other new claim took it; the rest stay new claims.
 * Returns the renaming (new id → old id) and the ids that stay new.
 */
async function continueOldClaims(
  tx: SqlRunner,
  free: readonly StoredItem[],
  placedIn: ReadonlyMap<string, string | null>,
): Promise<{ renamed: Map<string, string>; newClaims: string[] }> {
  // A claim inserted in this transaction was created at now(), the transaction's start, as stored
  // in the column (to the millisecond).
  const started = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "Claim"
    WHERE "id" = ANY(${[...new Set([...placedIn.values()].filter((id) => id !== null))]}::uuid[]) AND "createdAt" = now()::timestamptz(3)`);
  const emptied = new Set(
    (
      await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT c."id" FROM "Claim" c WHERE c."id" = ANY(${[...new Set(free.map((item) => item.claimId).filter((id) => id !== null))]}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."claimId" = c."id")`)
    ).map((row) => row.id),
  );
  const renamed = new Map<string, string>();
  const newClaims: string[] = [];
  for (const { id } of started) {
    const origins = new Map<string, number>();
    for (const item of free)
      if (placedIn.get(item.id) === id && item.claimId && emptied.has(item.claimId))
        origins.set(item.claimId, (origins.get(item.claimId) ?? 0) + 1);
    const [oldId] = [...origins.entries()].sort((a, b) => b[1] - a[1]).map(([claimId]) => claimId);
    if (oldId === undefined) {
      newClaims.push(id);
      continue;
    }
    emptied.delete(oldId);
    renamed.set(id, oldId);
  }
  if (renamed.size > 0) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Item" i SET "claimId" = v."oldId" FROM unnest(${[...renamed.keys()]}::uuid[], ${[...renamed.values()]}::uuid[]) AS v("newId", "oldId")
      WHERE i."claimId" = v."newId"`);
    await tx.$executeRaw(Prisma.sql`DELETE FROM "Claim" WHERE "id" = ANY(${[...renamed.keys()]}::uuid[])`);
  }
  return { renamed, newClaims };
}

/** Deletes the claims this run started that the image rule emptied again; returns the others. */
async function dropEmptiedNewClaims(tx: SqlRunner, started: readonly string[]): Promise<string[]> {
  if (started.length === 0) return [];
  const dropped = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    DELETE FROM "Claim" c WHERE c."id" = ANY(${started}::uuid[]) AND NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."claimId" = c."id") RETURNING c."id"`);
  const droppedIds = new Set(dropped.map((row) => row.id));
  return started.filter((id) => !droppedIds.has(id));
}

/** Closes each claim left without items as merged into the claim most of its items joined. */
async function closeEmptiedClaims(
  tx: SqlRunner,
  actor: Actor,
  moves: readonly ClaimMove[],
): Promise<{ claimId: string; into: string }[]> {
  const left = [...new Set(moves.map((move) => move.from).filter((id): id is string => id !== null))];
  const empty = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT c."id" FROM "Claim" c WHERE c."id" = ANY(${left}::uuid[]) AND NOT EXISTS (SELECT 1 FROM "Item" i WHERE i."claimId" = c."id")`);
  const merged = empty.flatMap(({ id }) => {
    const destinations = new Map<string, number>();
    for (const move of moves)
      if (move.from === id && move.to) destinations.set(move.to, (destinations.get(move.to) ?? 0) + 1);
    const [into] = [...destinations.entries()].sort((a, b) => b[1] - a[1]).map(([claimId]) => claimId);
    return into ? [{ claimId: id, into }] : [];
  });
  if (merged.length === 0) return [];
  await absorbClaims(
    tx,
    merged.map(({ claimId, into }) => ({ claimId, into, closeReason: `Merged into ${into} by re-clustering` })),
  );
  await recordAudits(
    tx,
    actor,
    merged.map(({ claimId, into }) => ({
      action: "claim.merge",
      subjectType: "claim",
      subjectId: into,
      before: { source: { id: claimId } },
      reason: "Re-clustering: every item of the claim joined this one",
    })),
  );
  return merged;
}
