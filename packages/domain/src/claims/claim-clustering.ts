import { randomUUID } from "node:crypto";
import { isCoveredBy, MATCH_RULES, searchText, type TextAnalysis } from "@tekser/claims";
import { Prisma, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";
import { linkAttributions, saveStoredOrigins, type AttributionItem } from "./claim-attribution.ts";
import { claimTitle, isSettled } from "./claim-rules.ts";
import { bridgeableClaims, ClaimBridges, mergeBridgedClaims } from "./claim-bridges.ts";
import { findCandidates, loadCandidates } from "./claim-candidate-lookup.ts";
import { BatchIndex, clusterKeys, linksTo, storedCandidatesByItem } from "./claim-candidates.ts";
import { ItemComparisons } from "./claim-comparisons.ts";
import { indexTextOfLeavingItems } from "./claim-covered-copies.ts";
import { saveFingerprints, type Candidate, type ClusterKeys } from "./claim-fingerprints.ts";
import { auditMoves, refreshFirstSeen, type ClaimMove } from "./claim-moves.ts";
import { languageVersionClaims } from "./claim-language-versions.ts";
import { saveTranslationKeys, translationClaims, type TranslationMatch } from "./claim-translations.ts";
import { BatchTranslations } from "./claim-translation-batch.ts";
import { analyseItemText } from "./claim-text.ts";
import type { NewClusterItem } from "./new-cluster-item.ts";
import { notifyFakeResurfaced } from "../notifications/system-notifications.ts";

export type { NewClusterItem };

/** What clustering decided for a new item: the columns its row stores. */
export interface Placement {
  claimId: string | null;
  searchText: string;
  originalItemId: string | null;
}

/** Writes the placements of items already inserted; ingest instead inserts its items with them. */
export type StorePlacements = (placements: Placement[]) => Promise<void>;

export interface ClusterOptions {
  /**
   * Flag settled claims that new items join as resurfaced (ingest). Re-clustering stored items
   * does not: an item returning to the claim it was in has not resurfaced.
   */
  flagResurfaced: boolean;
}

interface NewClaim {
  id: string;
  title: string;
  lang: string;
  firstSeenAt: Date;
}

/**
 * Places the new items of one document in claims, in a handful of statements. Each item joins the
 * claim of its most similar near-duplicate (MinHash + LSH, see @tekser/claims) among the stored
 * items and the earlier items of the batch (a copy later in the input joins the claim an earlier
 * item started); failing that, the claim of its version in another language (hreflang links), or
 * of its kk↔ru translation when the evidence is strong (claim-translations.ts); or, when
 * `mayStartClaim`, starts a new one. Runs inside the ingest transaction and
 * only ever places the new items: items already in claims, above all those a reviewer placed by
 * hand, are never moved. `store` writes the placements (by default an UPDATE of the stored items;
 * ingest passes its INSERT so each row is written once) and must send the statement writing the
 * items before its first await: the new claims, which count their items, and the rows that point
 * at the items (fingerprints, origins) are sent right behind it. Returns each item's claim id.
 */
export async function clusterNewItems(
  tx: SqlRunner,
  actor: Actor,
  items: readonly NewClusterItem[],
  store: StorePlacements = (placements) => updatePlacements(tx, items, placements),
  options: ClusterOptions = { flagResurfaced: true },
): Promise<(string | null)[]> {
  if (items.length === 0) return [];
  const analyses = items.map((item) => item.analysis ?? analyseItemText(item));
  const keys = items.map(
    (item, index) => item.keys ?? clusterKeys(item, (analyses[index] as TextAnalysis).fingerprint),
  );
  const found = await findCandidates(tx, keys);
  const offered = storedCandidatesByItem(keys, found);
  const stored = await loadCandidates(tx, [...new Set(offered.flat())]);
  const loaded = new Map(stored.map((candidate) => [candidate.itemId, candidate]));
  const translatedClaims = await languageVersionClaims(tx, items);
  const comparisonsOf = items.map((_, index) => {
    const comparisons = new ItemComparisons(keys[index] as ClusterKeys);
    for (const { itemId } of offered[index] ?? []) {
      const candidate = loaded.get(itemId);
      if (candidate) comparisons.add(candidate);
    }
    return comparisons;
  });
  // A translation is only looked for when no copy in the item's language places it, so items
  // already matching a stored text are not probed (those that lose their match later in the
  // batch are probed one by one below).
  const unmatched = items.flatMap((_, index) =>
    translatedClaims.has(index) || (comparisonsOf[index] as ItemComparisons).matchesOutsideNearMisses() ? [] : [index],
  );
  const unmatchedTranslations = await translationClaims(
    tx,
    unmatched.map((index) => items[index] as NewClusterItem),
  );
  const translations = new Map<number, TranslationMatch | undefined>(
    unmatched.map((index, probe) => [index, unmatchedTranslations.get(probe)]),
  );

  const batch = new BatchIndex();
  const batchTranslations = new BatchTranslations(items);
  const newClaims = new Map<string, NewClaim>();
  const joinedStored = new Map<string, string[]>();
  const bridges = new ClaimBridges(
    await bridgeableClaims(tx, [...new Set(stored.map((candidate) => candidate.claimId))]),
    (claimId) => newClaims.get(claimId)?.firstSeenAt,
  );
  const mergeNewClaim = (source: string, target: string) => {
    const merged = newClaims.get(source);
    newClaims.delete(source);
    const into = newClaims.get(target);
    if (merged && into && merged.firstSeenAt < into.firstSeenAt) into.firstSeenAt = merged.firstSeenAt;
  };
  const batchIndexOf = new Map(items.map((item, index) => [item.id, index]));
  const placed: (string | null)[] = [];
  // The indexed item covering each covered new item's text (its keys stay out of the lookup indexes).
  const coveredBy = new Map<number, string>();
  const storedMoves: ClaimMove[] = [];
  const batchMoves: ClaimMove[] = [];
  for (const [index, item] of items.entries()) {
    const itemKeys = keys[index] as (typeof keys)[number];
    // The best score per claim, claims merged earlier in the batch counted as the claim they became.
    const scores = new Map<string, number>();
    const copiesLinkingIt: Candidate[] = [];
    // The stored candidates were compared above; the earlier items of the batch only now.
    const comparisons = comparisonsOf[index] as ItemComparisons;
    for (const candidate of batch.candidates(itemKeys)) comparisons.add(candidate);
    for (const { candidate, match } of comparisons.matches) {
      const claimId = bridges.resolve(candidate.claimId);
      if (match.score > (scores.get(claimId) ?? 0)) scores.set(claimId, match.score);
      if (linksTo(candidate, itemKeys)) copiesLinkingIt.push(candidate);
    }
    // A claim holding the item's near miss is another claim, even if a short copy in it matches.
    const nearMisses = comparisons.nearMissClaims(scores, (claimId) => bridges.resolve(claimId));
    const ranked = [...scores.entries()].filter(([claimId]) => !nearMisses.has(claimId)).sort((a, b) => b[1] - a[1]);
    let best: string | null = ranked[0]?.[0] ?? null;
    const bridged = ranked
      .slice(1)
      .filter(([, score]) => score >= MATCH_RULES.bridge.minScore)
      .map(([claimId]) => claimId);
    const mayBridge = bridged.length > 0 && bridged.length < MATCH_RULES.bridge.maxClaims;
    if (best && mayBridge && (ranked[0]?.[1] ?? 0) >= MATCH_RULES.bridge.minScore)
      best = bridges.join(best, bridged, item, mergeNewClaim);
    const translatedClaim = translatedClaims.get(index);
    if (!best && translatedClaim) best = translatedClaim;
    if (!best) {
      const storedTranslation = translations.has(index)
        ? translations.get(index)
        : (await translationClaims(tx, [item])).get(0);
      const translation = batchTranslations.best(index, storedTranslation);
      if (translation?.automatic) best = bridges.resolve(translation.claimId);
    }
    const seenAt = item.publishedAt ?? item.archivedAt ?? item.ingestedAt;
    let claimId: string | null = null;
    if (best) {
      claimId = best;
      const created = newClaims.get(claimId);
      if (created) {
        if (seenAt < created.firstSeenAt) created.firstSeenAt = seenAt;
      } else {
        const joined = joinedStored.get(claimId);
        if (joined) joined.push(item.id);
        else joinedStored.set(claimId, [item.id]);
      }
    } else if (item.mayStartClaim) {
      claimId = randomUUID();
      newClaims.set(claimId, { id: claimId, title: claimTitle(item), lang: item.lang, firstSeenAt: seenAt });
    }
    if (claimId) {
      const coverer = comparisons.matches.find(
        ({ candidate }) =>
          candidate.textIndexed &&
          bridges.resolve(candidate.claimId) === claimId &&
          isCoveredBy(itemKeys.fingerprint, candidate.fingerprint),
      );
      if (coverer) coveredBy.set(index, coverer.candidate.itemId);
      batch.add(itemKeys, item.id, claimId, !coverer);
      batchTranslations.add(index, claimId);
      // A copy that quotes this item and links its URL, placed before it came in a claim this
      // item is a near miss of (the other announcement of its template), follows its source.
      for (const copy of copiesLinkingIt) {
        const from = bridges.resolve(copy.claimId);
        if (from === claimId || !nearMisses.has(from) || !bridges.mayMoveFrom(from)) continue;
        const inBatch = batchIndexOf.get(copy.itemId);
        if (inBatch === undefined) storedMoves.push({ itemId: copy.itemId, from, to: claimId });
        else {
          placed[inBatch] = claimId;
          batch.move(copy.itemId, claimId);
          batchMoves.push({ itemId: copy.itemId, from, to: claimId });
        }
      }
    }
    placed.push(claimId);
  }
  const claimIds = placed.map((claimId) => (claimId === null ? null : bridges.resolve(claimId)));
  // A copy that moved, or whose covering item moved, is indexed as itself.
  const moved = new Set([...storedMoves, ...batchMoves].map((move) => move.itemId));
  for (const [index, coverer] of coveredBy)
    if (moved.has(coverer) || moved.has((items[index] as NewClusterItem).id)) coveredBy.delete(index);
  // A claim this batch started whose every item followed its source elsewhere is not created.
  const placedIn = new Set(claimIds);
  for (const claimId of newClaims.keys()) if (!placedIn.has(claimId)) newClaims.delete(claimId);

  // New claims are inserted after their items (see insertNewClaims): until then no row exists.
  if (newClaims.size > 0) await tx.$executeRaw`SET CONSTRAINTS "Item_claimId_fkey" DEFERRED`;
  if (options.flagResurfaced) await flagResurfacedClaims(tx, actor, joinedStored);
  const attributionItems: AttributionItem[] = items.map((item, index) => ({
    ...item,
    claimId: claimIds[index] ?? null,
  }));
  const { originOf, storedOrigins } = await linkAttributions(tx, attributionItems, new Set(newClaims.keys()));
  // The writes are sent together: each call below sends its statement before its first await,
  // so PostgreSQL runs them in this order while the next one's rows are built. Only the rare
  // moves need the placements done first.
  const placementsStored = store(
    items.map((item, index) => ({
      claimId: claimIds[index] ?? null,
      searchText: (analyses[index] as TextAnalysis).searchText,
      originalItemId: originOf.get(item.id) ?? null,
    })),
  );
  if (storedMoves.length > 0) {
    await placementsStored;
    await moveStoredCopies(tx, storedMoves);
  }
  await Promise.all([
    placementsStored,
    insertNewClaims(tx, [...newClaims.values()]),
    saveFingerprints(
      tx,
      items.map((item, index) => ({
        itemId: item.id,
        keys: keys[index] as (typeof keys)[number],
        inClaim: claimIds[index] != null,
        covered: coveredBy.has(index),
      })),
    ),
    saveTranslationKeys(
      tx,
      items.map((item, index) => ({
        itemId: item.id,
        item,
        indexed: claimIds[index] != null && !coveredBy.has(index),
      })),
    ),
    saveStoredOrigins(tx, storedOrigins),
  ]);
  await mergeBridgedClaims(tx, actor, bridges);
  // A claim's first sighting is its earliest item's, and the copies that followed came first.
  const moves = [...storedMoves, ...batchMoves];
  if (moves.length > 0)
    await refreshFirstSeen(
      tx,
      moves.flatMap((move) => [move.from, move.to]).filter((id): id is string => id !== null),
    );
  if (storedMoves.length > 0) await auditMoves(tx, actor, storedMoves);
  return claimIds;
}

async function moveStoredCopies(tx: SqlRunner, moves: readonly ClaimMove[]): Promise<void> {
  if (moves.length === 0) return;
  await indexTextOfLeavingItems(
    tx,
    moves.map((move) => move.itemId),
  );
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Item" i SET "claimId" = v."to", "originalItemId" = NULL
    FROM unnest(${moves.map((move) => move.itemId)}::uuid[], ${moves.map((move) => move.to)}::uuid[]) AS v("id", "to") WHERE i."id" = v."id"`);
}

async function updatePlacements(
  tx: SqlRunner,
  items: readonly NewClusterItem[],
  placements: Placement[],
): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Item" i SET "claimId" = v."claimId", "searchText" = v."searchText", "originalItemId" = v."originalItemId"
    FROM unnest(${items.map((item) => item.id)}::uuid[], ${placements.map((p) => p.claimId)}::uuid[], ${placements.map((p) => p.searchText)}::text[],
                ${placements.map((p) => p.originalItemId)}::uuid[]) AS v("id", "claimId", "searchText", "originalItemId")
    WHERE i."id" = v."id"`);
}

/**
 * Inserts the claims new items started, after the items: each row is written once, with the item
 * count, sites and words the item triggers would otherwise add by rewriting it (the triggers'
 * UPDATE finds no claim row yet), from the figures the recount uses (tekser_claim_appearances).
 */
async function insertNewClaims(tx: SqlRunner, claims: NewClaim[]): Promise<void> {
  if (claims.length === 0) return;
  const rows = claims.map((claim) => ({ ...claim, searchTitle: searchText(claim.title) }));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Claim" ("id", "title", "lang", "firstSeenAt", "searchTitle", "updatedAt", "itemCount", "sites", "searchVector")
    SELECT v."id", v."title", v."lang", v."firstSeenAt", v."searchTitle", ${new Date()}, items.item_count, items.sites, items.words
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v("id" uuid, "title" text, "lang" text, "firstSeenAt" timestamptz, "searchTitle" text)
    CROSS JOIN LATERAL tekser_claim_appearances(v."id") items`);
}

/**
 * Flags and audits the stored claims new items joined that were already judged: "resurfaced".
 * (Their first sighting moves with the items: the item insert trigger takes the earliest.)
 */
async function flagResurfacedClaims(tx: SqlRunner, actor: Actor, joined: Map<string, string[]>): Promise<void> {
  if (joined.size === 0) return;
  const claims = await tx.$queryRaw<{ id: string; verdict: string | null; status: string }[]>(Prisma.sql`
    SELECT "id", "verdict"::text AS "verdict", "status"::text AS "status" FROM "Claim" WHERE "id" = ANY(${[...joined.keys()]}::uuid[])`);
  const settled = claims.filter(isSettled);
  if (settled.length === 0) return;
  await recordAudits(
    tx,
    actor,
    settled.flatMap((claim) =>
      (joined.get(claim.id) ?? []).map((itemId) => ({
        action: "claim.resurfaced",
        subjectType: "claim",
        subjectId: claim.id,
        after: { itemId, verdict: claim.verdict, status: claim.status },
      })),
    ),
  );
  // "updatedAt" as the typed client would set it.
  const now = new Date();
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Claim" SET "resurfaced" = true, "resurfacedAt" = ${now}, "updatedAt" = ${now} WHERE "id" = ANY(${settled.map((claim) => claim.id)}::uuid[])`);
  await notifyFakeResurfaced(
    tx,
    actor,
    settled.filter((claim) => claim.verdict === "fake").map((claim) => claim.id),
  );
}
