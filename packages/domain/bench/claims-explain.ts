/**
 * Development aid for the claims benchmark: keeps a database of TEKSER_BENCH_ITEMS synthetic
 * items (default 100k) in TEKSER_BENCH_DIR (made once) and prints EXPLAIN ANALYZE of the SQL
 * given as arguments, to see where time goes. With no arguments it leaves the database running
 * on TEKSER_BENCH_PORT until interrupted, for psql.
 */
import { openKeptBenchDatabase } from "./claims-load.ts";

const count = Number(process.env.TEKSER_BENCH_ITEMS ?? 100_000);
const dataDir = process.env.TEKSER_BENCH_DIR ?? `/tmp/tekser-bench-explain-${count}`;
const { database, db } = await openKeptBenchDatabase(dataDir, Number(process.env.TEKSER_BENCH_PORT ?? 55_431), count);
try {
  for (const sql of process.argv.slice(2)) {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  if (process.argv.length <= 2) {
    console.log(`ready: ${database.url}`);
    await new Promise((resolve) => process.once("SIGINT", resolve));
  }
  await db.$disconnect();
} finally {
  await database.stop();
}
