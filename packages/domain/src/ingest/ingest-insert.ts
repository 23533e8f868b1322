import { arrayLiterals, binaryTextArray, Prisma, type SqlRunner } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { clusterNewItems, type NewClusterItem, type Placement } from "../claims/claim-clustering.ts";

/** A new item's row as ingest builds it, before clustering adds its placement. */
export type NewItemRow = Omit<Prisma.ItemCreateManyInput, "claimId" | "searchText" | "originalItemId"> & { id: string };
export type NewVersionRow = Omit<Prisma.ItemVersionCreateManyInput, "id">;

// The rows travel as one array parameter per column, expanded by unnest: one plain INSERT per
// table (row triggers fire as for any insert) without the typed client's per-row work, which was
// most of the cost of storing a document (pnpm bench:ingest). An array column travels as one
// array literal per row, and the long texts in binary (@tekser/db `binaryTextArray`), which
// neither side then quotes or parses. (One jsonb parameter of rows took PostgreSQL a quarter
// longer to expand.)

/** Inserts a document's new items with their claim placements, in one statement. */
export async function insertItems(
  tx: SqlRunner,
  rows: readonly NewItemRow[],
  placements: readonly Placement[],
): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof NewItemRow>(key: K) => rows.map((row) => row[key] ?? null);
  const list = (key: "links" | "mediaUrls" | "languageVersions") =>
    arrayLiterals(rows.map((row) => (row[key] as string[] | undefined) ?? []));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Item" ("id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "views", "reposts",
                        "archivedAt", "editedAt", "originalSource", "links", "mediaUrls", "languageVersions", "contentHash", "rawDocumentId",
                        "rawLocation", "parentItemId", "ingestedAt", "claimId", "searchText", "originalItemId")
    SELECT "id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "views", "reposts",
           "archivedAt", "editedAt", "originalSource", "links"::text[], "mediaUrls"::text[], "languageVersions"::text[],
           "contentHash", "rawDocumentId", "rawLocation", "parentItemId", "ingestedAt", "claimId", "searchText", "originalItemId"
    FROM unnest(${column("id")}::uuid[], ${column("kind")}::"ItemKind"[], ${column("site")}::text[], ${column("url")}::text[],
                ${column("canonicalUrl")}::text[], ${binaryTextArray(column("title"))}::text[], ${binaryTextArray(column("text"))}::text[],
                ${column("lang")}::text[],
                ${column("publishedAt")}::timestamptz[], ${column("author")}::text[], ${column("views")}::int[], ${column("reposts")}::int[],
                ${column("archivedAt")}::timestamptz[], ${column("editedAt")}::timestamptz[], ${column("originalSource")}::text[],
                ${list("links")}::text[], ${list("mediaUrls")}::text[], ${list("languageVersions")}::text[], ${column("contentHash")}::text[],
                ${column("rawDocumentId")}::uuid[], ${column("rawLocation")}::text[], ${column("parentItemId")}::uuid[],
                ${column("ingestedAt")}::timestamptz[], ${placements.map((p) => p.claimId)}::uuid[],
                ${binaryTextArray(placements.map((p) => p.searchText))}::text[], ${placements.map((p) => p.originalItemId)}::uuid[])
         AS r("id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "views", "reposts",
              "archivedAt", "editedAt", "originalSource", "links", "mediaUrls", "languageVersions", "contentHash", "rawDocumentId",
              "rawLocation", "parentItemId", "ingestedAt", "claimId", "searchText", "originalItemId")`);
}

/** Inserts the first versions of a document's new items, in one statement. */
export async function insertVersions(tx: SqlRunner, rows: readonly NewVersionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof NewVersionRow>(key: K) => rows.map((row) => row[key] ?? null);
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ItemVersion" ("id", "itemId", "version", "contentHash", "title", "text", "publishedAt", "editedAt", "rawDocumentId", "rawLocation")
    SELECT gen_random_uuid(), "itemId", "version", "contentHash", "title", "text", "publishedAt", "editedAt", "rawDocumentId", "rawLocation"
    FROM unnest(${column("itemId")}::uuid[], ${column("version")}::int[], ${column("contentHash")}::text[],
                ${binaryTextArray(column("title"))}::text[], ${binaryTextArray(column("text"))}::text[],
                ${column("publishedAt")}::timestamptz[], ${column("editedAt")}::timestamptz[],
                ${column("rawDocumentId")}::uuid[], ${column("rawLocation")}::text[])
         AS r("itemId", "version", "contentHash", "title", "text", "publishedAt", "editedAt", "rawDocumentId", "rawLocation")`);
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
    // Both statements sent at once (see clusterNewItems' writes).
    const claimIds = await clusterNewItems(this.tx, this.actor, toCluster, async (placements) => {
      await Promise.all([insertItems(this.tx, items, placements), insertVersions(this.tx, versions)]);
    });
    toCluster.forEach((item, index) => this.placed.push({ item: item.id, claim: claimIds[index] ?? null }));
  }
}
