import { Prisma, type SqlRunner } from "@tekser/db";

/** What the lookup reads of a new item. */
export interface LanguageLinkedItem {
  canonicalUrl: string | null;
  languageVersions: readonly string[];
}

interface LinkedRow {
  idx: number;
  claimId: string;
}

/**
 * Claims of stored items that are the same article in another language, per new item (by
 * index): a stored item whose canonical URL the new item names as a language version, or one
 * that names the new item's URL. A translation shares too few words with its original for
 * MinHash to see it, but an outlet that publishes both says so in its hreflang links. When
 * several stored items qualify, the earliest ingested one's claim is taken.
 */
export async function languageVersionClaims(
  tx: SqlRunner,
  items: readonly LanguageLinkedItem[],
): Promise<Map<number, string>> {
  const linked = items.flatMap((item, idx) =>
    item.languageVersions.length > 0 || item.canonicalUrl ? [{ item, idx }] : [],
  );
  if (linked.length === 0) return new Map();
  const indexes = linked.flatMap(({ item, idx }) => item.languageVersions.map(() => idx));
  const versionUrls = linked.flatMap(({ item }) => item.languageVersions);
  const ownIndexes = linked.filter(({ item }) => item.canonicalUrl).map(({ idx }) => idx);
  const ownUrls = linked.flatMap(({ item }) => (item.canonicalUrl ? [item.canonicalUrl] : []));
  // The canonical URLs are one constant array for the btree; the pages naming a new item are
  // looked up one URL at a time, because the planner estimates an overlap (&&) with a long array
  // to match nearly every row and scans the whole table instead of using the GIN index.
  const rows = await tx.$queryRaw<LinkedRow[]>(Prisma.sql`
    WITH named AS (SELECT unnest(${indexes}::int[]) AS idx, unnest(${versionUrls}::text[]) AS url),
         own AS (SELECT unnest(${ownIndexes}::int[]) AS idx, unnest(${ownUrls}::text[]) AS url),
         by_url AS (SELECT "canonicalUrl", "claimId", "ingestedAt" FROM "Item"
                    WHERE "canonicalUrl" = ANY(${versionUrls}::text[]) AND "claimId" IS NOT NULL),
         matches AS (
           SELECT named.idx, by_url."claimId", by_url."ingestedAt" FROM named JOIN by_url ON by_url."canonicalUrl" = named.url
           UNION ALL
           SELECT own.idx, naming."claimId", naming."ingestedAt" FROM own CROSS JOIN LATERAL (
             SELECT i."claimId", i."ingestedAt" FROM "Item" i WHERE i."languageVersions" @> ARRAY[own.url] AND i."claimId" IS NOT NULL) naming)
    SELECT DISTINCT ON (idx) idx, "claimId" FROM matches ORDER BY idx, "ingestedAt"`);
  return new Map(rows.map((row) => [row.idx, row.claimId]));
}
