import { Prisma, type Db, type Tx } from "@tekser/db";

/**
 * The label of a claim's verdict, as a column for a row `c` of "Claim": the one chosen on the
 * latest approved review giving that verdict. Null for a verdict no review gave (an imported
 * one); the dashboard then words the meaning as the scale does. Read per row shown (a page of
 * the queue or of search results), through the index on "Review"."claimId".
 */
export const CLAIM_VERDICT_LABEL = Prisma.sql`(
  SELECT r."verdictLabelId"::text FROM "Review" r
  WHERE r."claimId" = c."id" AND r."status" = 'approved' AND r."verdict" = c."verdict"
  ORDER BY r."decidedAt" DESC NULLS LAST, r."createdAt" DESC LIMIT 1)`;

/** The labels of these claims' verdicts, by claim id (claims without one are left out). */
export async function verdictLabelsOfClaims(db: Db | Tx, claimIds: readonly string[]): Promise<Map<string, string>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; labelId: string | null }[]>`
    SELECT c."id"::text AS "id", ${CLAIM_VERDICT_LABEL} AS "labelId" FROM "Claim" c WHERE c."id" = ANY(${[...new Set(claimIds)]}::uuid[])`;
  return new Map(rows.flatMap((row) => (row.labelId ? [[row.id, row.labelId] as const] : [])));
}
