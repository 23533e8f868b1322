import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { TParsedItem } from "@tekser/contracts";
import { contentHash } from "@tekser/ingest";
import pg from "pg";

const BATCH = 500;
const COLUMNS = [
  "id",
  "kind",
  "site",
  "url",
  "canonicalUrl",
  "title",
  "text",
  "lang",
  "publishedAt",
  "author",
  "contentHash",
  "links",
  "mediaUrls",
];

/**
 * The database's ceiling for the same rows: multi-row INSERTs of 500, either into a bare copy of
 * the Item table (same columns, defaults and types; no index, key or trigger), one transaction per
 * batch, or into "Item" itself with its indexes and triggers, in one transaction rolled back at
 * the end so the rows do not stay.
 */
export async function rawInsert(
  databaseUrl: string,
  items: TParsedItem[],
  into: "bare copy" | "Item",
): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const table = into === "Item" ? `"Item"` : "bench_raw_item";
  try {
    if (into === "Item") await client.query("BEGIN");
    else {
      await client.query(`CREATE TABLE IF NOT EXISTS bench_raw_item (LIKE "Item" INCLUDING DEFAULTS)`);
      await client.query("TRUNCATE bench_raw_item");
    }
    const started = performance.now();
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      const values = batch.flatMap((item) => [
        randomUUID(),
        item.kind,
        item.site,
        item.url,
        item.canonicalUrl,
        item.title,
        item.text,
        item.lang,
        item.publishedAt,
        item.author,
        contentHash(item),
        item.links,
        item.mediaUrls,
      ]);
      const tuples = batch.map(
        (_, row) => `(${COLUMNS.map((_, col) => `$${row * COLUMNS.length + col + 1}`).join(",")})`,
      );
      await client.query(
        `INSERT INTO ${table} (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`,
        values,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    if (into === "Item") await client.query("ROLLBACK");
    return { rows: items.length, seconds };
  } finally {
    await client.end();
  }
}
