import { Prisma, type Tx } from "@tekser/db";

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
export async function languageVersionClaims(tx: Tx, items: readonly LanguageLinkedItem[]): Promise<Map<number, string>> {
  const linked = items.flatMap((item, idx) => (item.languageVersions.length > 0 || item.canonicalUrl ? [{ item, idx }] : []));
  if (linked.length === 0) return new Map();
  const indexes = linked.flatMap(({ item, idx }) => item.languageVersions.map(() => idx));
  const versionUrls = linked.flatMap(({ item }) => item.languageVersions);
  const ownIndexes = linked.filter(({ item }) => item.canonicalUrl).map(({ idx }) => idx);
  const ownUrls = linked.flatMap(({ item }) => (item.canonicalUrl ? [item.canonicalUrl] : []));
  const rows = await tx.$queryRaw<LinkedRow[]>(Prisma.sql`
    WITH named AS (SELECT unnest(${indexes}::int[]) AS idx, unnest(${versionUrls}::text[]) AS url),
         own AS (SELECT unnest(${ownIndexes}::int[]) AS idx, unnest(${ownUrls}::text[]) AS url),
         matches AS (
           SELECT named.idx, i."claimId", i."ingestedAt" FROM named JOIN "Item" i ON i."canonicalUrl" = named.url
           WHERE i."claimId" IS NOT NULL
           UNION ALL
           SELECT own.idx, i."claimId", i."ingestedAt" FROM own JOIN "Item" i ON i."languageVersions" @> ARRAY[own.url]
           WHERE i."claimId" IS NOT NULL)
    SELECT DISTINCT ON (idx) idx, "claimId" FROM matches ORDER BY idx, "ingestedAt"`);
  return new Map(rows.map((row) => [row.idx, row.claimId]));
}
