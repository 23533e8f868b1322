import { Prisma, type SqlRunner } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { clusterNewItems, type NewClusterItem, type Placement } from "../claims/claim-clustering.ts";

/** A new item's row as ingest builds it, before clustering adds its placement. */
export type NewItemRow = Omit<Prisma.ItemCreateManyInput, "claimId" | "searchText" | "originalItemId"> & { id: string };
export type NewVersionRow = Omit<Prisma.ItemVersionCreateManyInput, "id">;

// The rows travel as one jsonb parameter and are expanded by jsonb_to_recordset: one plain INSERT
// per table (row triggers fire as for any insert) without the typed client's per-row work, which
// was most of the cost of storing a document (pnpm bench:ingest). Arrays become text[] columns.

/** Inserts a document's new items with their claim placements, in one statement. */
export async function insertItems(
  tx: SqlRunner,
  rows: readonly NewItemRow[],
  placements: readonly Placement[],
): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map((row, index) => ({ ...row, ...placements[index] })));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Item" ("id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "views", "reposts",
                        "archivedAt", "editedAt", "originalSource", "links", "mediaUrls", "languageVersions", "contentHash", "rawDocumentId",
                        "rawLocation", "parentItemId", "ingestedAt", "claimId", "searchText", "originalItemId")
    SELECT "id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "views", "reposts",
           "archivedAt", "editedAt", "originalSource", coalesce("links", '{}'), coalesce("mediaUrls", '{}'), coalesce("languageVersions", '{}'),
           "contentHash", "rawDocumentId", "rawLocation", "parentItemId", "ingestedAt", "claimId", "searchText", "originalItemId"
    FROM jsonb_to_recordset(${json}::jsonb) AS r("id" uuid, "kind" "ItemKind", "site" text, "url" text, "canonicalUrl" text, "title" text,
         "text" text, "lang" text, "publishedAt" timestamptz, "author" text, "views" int, "reposts" int, "archivedAt" timestamptz,
         "editedAt" timestamptz, "originalSource" text, "links" text[], "mediaUrls" text[], "languageVersions" text[], "contentHash" text, "rawDocumentId" uuid, "rawLocation" text,
         "parentItemId" uuid, "ingestedAt" timestamptz, "claimId" uuid, "searchText" text, "originalItemId" uuid)`);
}

/** Inserts the first versions of a document's new items, in one statement. */
export async function insertVersions(tx: SqlRunner, rows: readonly NewVersionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemVersion" ("id", "itemId", "version", "contentHash", "title", "text", "publishedAt", "editedAt", "rawDocumentId", "rawLocation")
    SELECT gen_random_uuid(), "itemId", "version", "contentHash", "title", "text", "publishedAt", "editedAt", "rawDocumentId", "rawLocation"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("itemId" uuid, "version" int, "contentHash" text, "title" text, "text" text,
         "publishedAt" timestamptz, "editedAt" timestamptz, "rawDocumentId" uuid, "rawLocation" text)`);
}

/**
 * A document's new items waiting to be placed in claims and written, in document order. `flush`
 * clusters and inserts the batch so far; ingest flushes early only when an edit in the same
 * document needs its item's row.
 */
export class PendingItems {
  /** Every flushed item's automatic clustering decision, for the document's audit event. */
  readonly placed: { item: string; claim: string | null }[] = [];
  private items: NewItemRow[] = [];
  private versions: NewVersionRow[] = [];
  private toCluster: NewClusterItem[] = [];

  constructor(
    private readonly tx: SqlRunner,
    private readonly actor: Actor,
  ) {}

  add(item: NewItemRow, version: NewVersionRow, toCluster: NewClusterItem): void {
    this.items.push(item);
    this.versions.push(version);
    this.toCluster.push(toCluster);
  }

  has(itemId: string): boolean {
    return this.items.some((item) => item.id === itemId);
  }

  async flush(): Promise<void> {
    const [items, versions, toCluster] = [this.items, this.versions, this.toCluster];
    [this.items, this.versions, this.toCluster] = [[], [], []];
    const claimIds = await clusterNewItems(this.tx, this.actor, toCluster, async (placements) => {
      await insertItems(this.tx, items, placements);
      await insertVersions(this.tx, versions);
    });
    toCluster.forEach((item, index) => this.placed.push({ item: item.id, claim: claimIds[index] ?? null }));
  }
}
