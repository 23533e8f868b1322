import { SIGNATURE_SIZE, type Fingerprint } from "@tekser/claims";
import { Prisma, type SqlRunner } from "@tekser/db";

/** Most band-key neighbours looked at per item: a claim with thousands of copies needs only a few. */
const MAX_CANDIDATES = 400;

export interface Candidate {
  itemId: string;
  claimId: string;
  fingerprint: Fingerprint;
}

interface CandidateRow {
  itemId: string;
  claimId: string;
  tokenCount: number;
  shingleCount: number;
  /** Comma-separated: node-postgres's generic array parser was the largest cost of a lookup. */
  signature: string;
  shingles: string;
  exact: boolean;
}

// PostgreSQL has no unsigned integers: 32-bit hashes are stored as their signed twins.
const toSigned = (values: readonly number[]) => values.map((value) => value | 0);
const unsignedList = (list: string) => (list === "" ? [] : list.split(",").map((value) => Number(value) >>> 0));

const signatureOf = (list: string) => {
  const signature = unsignedList(list);
  return signature.length === SIGNATURE_SIZE ? signature : [];
};

const toCandidate = (row: CandidateRow): Candidate => ({
  itemId: row.itemId,
  claimId: row.claimId,
  fingerprint: {
    tokenCount: row.tokenCount,
    shingleCount: row.shingleCount,
    signature: signatureOf(row.signature),
    bands: [],
    shingles: row.exact ? unsignedList(row.shingles) : null,
  },
});

/**
 * Items already in a claim that share an LSH band key with any of the fingerprints, in one
 * statement: each fingerprint's lookup (capped) runs as a lateral subquery on the band-key GIN
 * index, and each candidate is returned once with the indexes of the fingerprints it is a
 * candidate for.
 */
export async function findCandidates(tx: SqlRunner, fingerprints: readonly Fingerprint[]): Promise<(Candidate & { forIndexes: number[] })[]> {
  const withBands = fingerprints.flatMap((fingerprint, index) => (fingerprint.bands.length > 0 ? [index] : []));
  if (withBands.length === 0) return [];
  // Each fingerprint's keys travel as one array literal, so no statement-wide aggregation (which
  // spilled to disk at 1,000 items) is needed to give each lateral lookup its keys.
  const keyLists = withBands.map((index) => `{${(fingerprints[index] as Fingerprint).bands.join(",")}}`);
  // Pairs are grouped on the narrow item id before the wide fingerprint rows are joined (once per
  // candidate, by primary key): joining first sorted every (item, candidate) pair with its arrays.
  const rows = await tx.$queryRaw<(CandidateRow & { forIndexes: number[] })[]>(Prisma.sql`
    WITH per_item AS (SELECT unnest(${withBands}::int[]) AS idx, unnest(${keyLists}::text[])::bigint[] AS keys),
         pairs AS MATERIALIZED (
           SELECT c."itemId", array_agg(p.idx) AS "forIndexes" FROM per_item p CROSS JOIN LATERAL (
             SELECT f."itemId" FROM "ItemFingerprint" f WHERE f."bands" && p.keys LIMIT ${MAX_CANDIDATES}) c
           GROUP BY c."itemId")
    SELECT f."itemId", i."claimId", f."tokenCount", f."shingleCount", array_to_string(f."signature", ',') AS "signature",
           array_to_string(f."shingles", ',') AS "shingles", f."exact", pairs."forIndexes"
    FROM pairs JOIN "ItemFingerprint" f ON f."itemId" = pairs."itemId" JOIN "Item" i ON i."id" = pairs."itemId"
    WHERE i."claimId" IS NOT NULL`);
  return rows.map((row) => ({ ...toCandidate(row), forIndexes: row.forIndexes }));
}

/**
 * Stores many fingerprints in one statement. Only an item placed in a claim gets band keys: only
 * such an item can be a candidate (no path takes an item out of its claim or puts a claimless one
 * in), and the lookup then needs no join to "Item", which the planner turned into a scan of every
 * item per lookup when the table's statistics were behind its growth.
 */
export async function saveFingerprints(tx: SqlRunner, entries: readonly { itemId: string; fingerprint: Fingerprint; inClaim: boolean }[]): Promise<void> {
  if (entries.length === 0) return;
  // Arrays of arrays cannot be unnested, so the rows travel as one jsonb parameter. (Slicing one
  // flat int[] parameter per row copied the whole array for every row: quadratic in the batch.)
  const rows = entries.map(({ itemId, fingerprint, inClaim }) => ({
    itemId,
    tokenCount: fingerprint.tokenCount,
    shingleCount: fingerprint.shingleCount,
    signature: toSigned(fingerprint.signature),
    shingles: fingerprint.shingles ? toSigned(fingerprint.shingles) : [],
    exact: fingerprint.shingles !== null,
    bands: inClaim ? fingerprint.bands : [],
  }));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact", "bands")
    SELECT "itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact", "bands"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
         AS v("itemId" uuid, "tokenCount" int, "shingleCount" int, "signature" int[], "shingles" int[], "exact" boolean, "bands" bigint[])`);
}
