/** Bulk loading of synthetic items, claims and fingerprints for the claims scale benchmark. */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { searchText, type Fingerprint } from "@tekser/claims";
import { syntheticItems, type SyntheticItem } from "@tekser/claims/synthetic";
import { createDb, migrateDatabase, Prisma, startEmbeddedPostgres, type Db } from "@tekser/db";
import { packDetail } from "../src/claims/fingerprint-detail.ts";

const STATUSES = [
  "new",
  "new",
  "new",
  "in_review",
  "awaiting_second_review",
  "decided",
  "published",
  "closed",
] as const;
const VERDICTS = ["fake", "verified", "misleading", "unverifiable"] as const;

export interface LoadRow {
  item: SyntheticItem;
  cluster: number;
  fingerprint: Fingerprint | null;
}

/** Inserts one batch: a claim for each cluster not seen before, then the items (and fingerprints). */
async function loadBatch(db: Db, rows: LoadRow[], claimIds: Map<number, string>): Promise<void> {
  const newClaims = rows.filter(
    (row, index) => !claimIds.has(row.cluster) && rows.findIndex((other) => other.cluster === row.cluster) === index,
  );
  for (const row of newClaims) claimIds.set(row.cluster, randomUUID());
  if (newClaims.length > 0) {
    const titles = newClaims.map((row) => (row.item.title ?? row.item.text).slice(0, 200));
    const statuses = newClaims.map((row) => STATUSES[row.cluster % STATUSES.length] ?? "new");
    await db.$executeRaw(Prisma.sql`
      INSERT INTO "Claim" ("id", "title", "searchTitle", "lang", "status", "verdict", "priority", "firstSeenAt", "updatedAt")
      SELECT id, title, search_title, lang, status::"ClaimStatus", verdict::"Verdict", priority, seen, seen
      FROM unnest(${newClaims.map((row) => claimIds.get(row.cluster))}::uuid[], ${titles}::text[], ${titles.map((title) => searchText(title))}::text[],
                  ${newClaims.map((row) => row.item.lang)}::text[], ${statuses}::text[],
                  ${statuses.map((status, i) => (status === "decided" || status === "published" ? (VERDICTS[i % 4] ?? null) : null))}::text[],
                  ${newClaims.map((row) => row.cluster % 4)}::int[], ${newClaims.map((row) => row.item.publishedAt)}::timestamptz[])
        AS t(id, title, search_title, lang, status, verdict, priority, seen)`);
  }
  const ids = rows.map(() => randomUUID());
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Item" ("id", "kind", "site", "title", "text", "lang", "publishedAt", "contentHash", "searchText", "claimId")
    SELECT id, kind::"ItemKind", site, title, text, lang, published, hash, search, claim
    FROM unnest(${ids}::uuid[], ${rows.map((row) => row.item.kind)}::text[], ${rows.map((row) => row.item.site)}::text[],
                ${rows.map((row) => row.item.title)}::text[], ${rows.map((row) => row.item.text)}::text[], ${rows.map((row) => row.item.lang)}::text[],
                ${rows.map((row) => row.item.publishedAt)}::timestamptz[], ${ids}::text[],
                ${rows.map((row) => searchText([row.item.title, row.item.text].filter(Boolean).join("\n")))}::text[],
                ${rows.map((row) => claimIds.get(row.cluster))}::uuid[])
      AS t(id, kind, site, title, text, lang, published, hash, search, claim)`);
  const fingerprinted = rows.flatMap((row, index) =>
    row.fingerprint ? [{ id: ids[index] ?? "", fingerprint: row.fingerprint }] : [],
  );
  if (fingerprinted.length === 0) return;
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "ItemFingerprint" ("itemId", "tokenCount", "shingleCount", "detail", "bands", "passages")
    SELECT id, tokens, shingles, detail, string_to_array(bands, ',')::bigint[], string_to_array(passages, ',')::int[]
    FROM unnest(${fingerprinted.map((row) => row.id)}::uuid[], ${fingerprinted.map((row) => row.fingerprint.tokenCount)}::int[],
                ${fingerprinted.map((row) => row.fingerprint.shingleCount)}::int[],
                ${fingerprinted.map((row) => packDetail(row.fingerprint))}::bytea[],
                ${fingerprinted.map((row) => row.fingerprint.bands.join(","))}::text[],
                ${fingerprinted.map((row) => row.fingerprint.passages.map((value) => value | 0).join(","))}::text[])
      AS t(id, tokens, shingles, detail, bands, passages)`);
}

/** Rows per INSERT: large enough that statement overhead vanishes, small enough to stream. */
const LOAD_BATCH = 5000;

/**
 * Loads rows in batches, pipelined: the next batch is generated (CPU in this process) while
 * PostgreSQL inserts the previous one (CPU in its own), which halves the time on two cores.
 * Batches still run one at a time, so a batch's items find the claims of earlier batches.
 */
export async function loadPipelined(db: Db, rows: Iterable<LoadRow>, claimIds: Map<number, string>): Promise<number> {
  let loaded = 0;
  let pending: Promise<void> = Promise.resolve();
  let batch: LoadRow[] = [];
  for (const row of rows) {
    batch.push(row);
    loaded++;
    if (batch.length === LOAD_BATCH) {
      await pending;
      pending = loadBatch(db, batch, claimIds);
      batch = [];
    }
  }
  await pending;
  if (batch.length > 0) await loadBatch(db, batch, claimIds);
  return loaded;
}

/**
 * A database of `count` synthetic items kept in dataDir between runs (loaded the first time,
 * claims following the generator's stories, no clustering) and migrated to the current schema:
 * for the development aids that re-run queries against the same data.
 */
export async function openKeptBenchDatabase(dataDir: string, port: number, count: number) {
  const fresh = !existsSync(dataDir);
  const database = await startEmbeddedPostgres({ dataDir, port });
  await migrateDatabase(database.url);
  const db = createDb(database.url);
  if (fresh) {
    const rows = (function* () {
      for (const item of syntheticItems({ count })) yield { item, cluster: item.story, fingerprint: null };
    })();
    await loadPipelined(db, rows, new Map());
    await db.$executeRawUnsafe("VACUUM ANALYZE");
  }
  return { database, db };
}
