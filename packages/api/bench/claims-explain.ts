/**
 * Development aid for the claims benchmark: keeps a 100k-item database in TEKSER_BENCH_DIR (made
 * once) and prints EXPLAIN ANALYZE of the search and queue queries, to see where time goes.
 */
import { existsSync } from "node:fs";
import { syntheticItems } from "@tekser/claims/synthetic";
import { createDb, migrateDatabase, startEmbeddedPostgres } from "@tekser/db";
import { loadBatch, type LoadRow } from "./claims-load.ts";

const dataDir = process.env.TEKSER_BENCH_DIR ?? "/tmp/tekser-bench-explain";
const fresh = !existsSync(dataDir);
const database = await startEmbeddedPostgres({ dataDir, port: 55_431 });
try {
  await migrateDatabase(database.url);
  const db = createDb(database.url);
  if (fresh) {
    const claimIds = new Map<number, string>();
    let batch: LoadRow[] = [];
    for (const item of syntheticItems({ count: 100_000 })) {
      batch.push({ item, cluster: item.story, fingerprint: null });
      if (batch.length === 2000) {
        await loadBatch(db, batch, claimIds);
        batch = [];
      }
    }
    await db.$executeRawUnsafe("ANALYZE");
  }
  for (const sql of process.argv.slice(2)) {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  await db.$disconnect();
} finally {
  await database.stop();
}
