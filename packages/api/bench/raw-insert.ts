import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { TParsedItem } from "@tekser/contracts";
import { contentHash } from "@tekser/ingest";
import pg from "pg";

const BATCH = 500;
const COLUMNS = ["id", "kind", "site", "url", "canonicalUrl", "title", "text", "lang", "publishedAt", "author", "contentHash", "links", "mediaUrls"];

/**
 * The database's ceiling for the same rows: multi-row INSERTs of 500 into a copy of the Item
 * table (same columns, defaults and types, no foreign keys), one transaction per batch.
 */
export async function rawInsert(databaseUrl: string, items: TParsedItem[]): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS bench_raw_item (LIKE "Item" INCLUDING DEFAULTS)`);
    await client.query("TRUNCATE bench_raw_item");
    const started = performance.now();
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      const values = batch.flatMap((item) => [
        randomUUID(), item.kind, item.site, item.url, item.canonicalUrl, item.title, item.text, item.lang,
        item.publishedAt, item.author, contentHash(item), item.links, item.mediaUrls,
      ]);
      const tuples = batch.map((_, row) => `(${COLUMNS.map((_, col) => `$${row * COLUMNS.length + col + 1}`).join(",")})`);
      await client.query(`INSERT INTO bench_raw_item (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, values);
    }
    return { rows: items.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
