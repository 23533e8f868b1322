import type { TIngestReportItem, TParsedItem } from "@tekser/contracts";
import { isSameTextOrDecodingDamage } from "@tekser/ingest";
import { Prisma, type SqlRunner } from "@tekser/db";

export interface KnownItem {
  id: string;
  kind: TParsedItem["kind"];
  canonicalUrl: string | null;
  version: number;
  publishedAt: Date | null;
  editedAt: Date | null;
  title: string | null;
  text: string;
}

/**
 * Where a document's items already exist: by any version's content hash, and by canonical URL.
 * Each list is one array parameter: as a typed `in` filter, a thousand values were a thousand
 * parameters for the client to compile and send.
 */
export async function findKnownItems(tx: SqlRunner, items: { parsed: TParsedItem; hash: string }[]) {
  const hashes = items.map((i) => i.hash);
  const urls = [...new Set(items.map((i) => i.parsed.canonicalUrl).filter((u): u is string => u !== null))];
  const versions = await tx.$queryRaw<{ contentHash: string; itemId: string; version: number }[]>(Prisma.sql`
    SELECT "contentHash", "itemId", "version" FROM "ItemVersion" WHERE "contentHash" = ANY(${hashes}::text[])`);
  const byUrl = urls.length
    ? await tx.$queryRaw<KnownItem[]>(Prisma.sql`
        SELECT "id", "kind"::text AS "kind", "canonicalUrl", "version", "publishedAt", "editedAt", "title", "text" FROM "Item"
        WHERE "canonicalUrl" = ANY(${urls}::text[]) ORDER BY "ingestedAt"`)
    : [];
  const itemByHash = new Map(versions.map((v) => [v.contentHash, { id: v.itemId, version: v.version }]));
  const itemByUrl = new Map<string, KnownItem>();
  for (const item of byUrl) if (item.canonicalUrl) itemByUrl.set(urlKey(item.kind, item.canonicalUrl), item);
  return { itemByHash, itemByUrl };
}

/**
 * A re-fetch whose title and text are the item's own, damaged by decoding (bad bytes read as
 * U+FFFD, UTF-8 read as windows-1251): not an edit, so it must not replace the good text.
 */
export function isDamagedCopy(item: KnownItem, parsed: TParsedItem): boolean {
  const sameTitle =
    item.title === null || parsed.title === null
      ? item.title === parsed.title
      : isSameTextOrDecodingDamage(item.title, parsed.title);
  return sameTitle && isSameTextOrDecodingDamage(item.text, parsed.text);
}

/** An edit keeps its kind: a headline linking to an article is not a version of the article. */
export function urlKey(kind: string, canonicalUrl: string): string {
  return `${kind} ${canonicalUrl}`;
}

/** The item columns that change between versions. */
export function versionedFields(parsed: TParsedItem) {
  return {
    title: parsed.title,
    text: parsed.text,
    lang: parsed.lang,
    publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt) : null,
    editedAt: parsed.editedAt ? new Date(parsed.editedAt) : null,
    author: parsed.author,
    views: parsed.views,
    reposts: parsed.reposts,
    archivedAt: parsed.archivedAt ? new Date(parsed.archivedAt) : null,
    originalSource: parsed.originalSource,
    links: parsed.links,
    mediaUrls: parsed.mediaUrls,
    languageVersions: parsed.languageVersions,
  };
}

export function versionRow(parsed: TParsedItem, hash: string, version: number, rawDocumentId: string) {
  return {
    version,
    contentHash: hash,
    title: parsed.title,
    text: parsed.text,
    publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt) : null,
    editedAt: parsed.editedAt ? new Date(parsed.editedAt) : null,
    rawDocumentId,
    rawLocation: parsed.location,
  };
}

export function reportItem(id: string, parsed: TParsedItem, duplicate: boolean, version: number): TIngestReportItem {
  return {
    id,
    kind: parsed.kind,
    url: parsed.url,
    title: parsed.title,
    lang: parsed.lang,
    publishedAt: parsed.publishedAt,
    author: parsed.author,
    views: parsed.views,
    source: parsed.site,
    originalSource: parsed.originalSource,
    archivedAt: parsed.archivedAt,
    duplicate,
    version,
  };
}
