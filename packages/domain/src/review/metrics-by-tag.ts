import type { TMetrics } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";

/**
 * Claims first seen in [from, until) per tag and verdict (null: not decided yet). A claim with
 * two tags counts once under each. Tags with no claims in the range are left out.
 */
export async function claimsByTag(
  db: Db,
  from: Date,
  until: Date,
  claimLang: Prisma.Sql,
): Promise<TMetrics["claimsByTag"]> {
  return db.$queryRaw<TMetrics["claimsByTag"]>(Prisma.sql`
    SELECT t.id::text AS "tagId", t.name, t.colour, c.verdict::text AS verdict, count(*)::int AS count
    FROM "Claim" c CROSS JOIN LATERAL unnest(c."tagIds") AS tagged(id) JOIN "Tag" t ON t.id = tagged.id
    WHERE c."firstSeenAt" >= ${from} AND c."firstSeenAt" < ${until} AND cardinality(c."tagIds") > 0 ${claimLang}
    GROUP BY t.id, t.name, t.colour, c.verdict
    ORDER BY t.name, c.verdict NULLS LAST`);
}
