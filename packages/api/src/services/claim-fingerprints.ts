import { SIGNATURE_SIZE, type Fingerprint } from "@tekser/claims";
import { Prisma, type Tx } from "@tekser/db";

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
  signature: number[];
  shingles: number[];
  exact: boolean;
}

// PostgreSQL has no unsigned integers: 32-bit hashes are stored as their signed twins.
const toSigned = (values: readonly number[]) => values.map((value) => value | 0);
const toUnsigned = (values: readonly number[]) => values.map((value) => value >>> 0);

/** Items already in a claim that share an LSH band key with the fingerprint. */
export async function findCandidates(tx: Tx, fingerprint: Fingerprint): Promise<Candidate[]> {
  if (fingerprint.bands.length === 0) return [];
  const rows = await tx.$queryRaw<CandidateRow[]>(Prisma.sql`
    SELECT DISTINCT ON (f."itemId") f."itemId", i."claimId", f."tokenCount", f."shingleCount",
           f."signature", f."shingles", f."exact"
    FROM "ItemBandKey" b
    JOIN "ItemFingerprint" f ON f."itemId" = b."itemId"
    JOIN "Item" i ON i."id" = b."itemId"
    WHERE b."key" = ANY(${fingerprint.bands.map(BigInt)}::bigint[]) AND i."claimId" IS NOT NULL
    LIMIT ${MAX_CANDIDATES}`);
  return rows.map((row) => ({
    itemId: row.itemId,
    claimId: row.claimId,
    fingerprint: {
      tokenCount: row.tokenCount,
      shingleCount: row.shingleCount,
      signature: row.signature.length === SIGNATURE_SIZE ? toUnsigned(row.signature) : [],
      bands: [],
      shingles: row.exact ? toUnsigned(row.shingles) : null,
    },
  }));
}

/** Stores an item's fingerprint and band keys (one statement) so later items can find it. */
export async function saveFingerprint(tx: Tx, itemId: string, fingerprint: Fingerprint): Promise<void> {
  await tx.$executeRaw(Prisma.sql`
    WITH fingerprint AS (
      INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "signature", "shingles", "exact")
      VALUES (${itemId}::uuid, ${fingerprint.tokenCount}, ${fingerprint.shingleCount}, ${toSigned(fingerprint.signature)}::int[],
              ${fingerprint.shingles ? toSigned(fingerprint.shingles) : []}::int[], ${fingerprint.shingles !== null})
    )
    INSERT INTO "ItemBandKey" ("key", "itemId")
    SELECT unnest(${fingerprint.bands.map(BigInt)}::bigint[]), ${itemId}::uuid
    ON CONFLICT DO NOTHING`);
}
