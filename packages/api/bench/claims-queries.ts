/**
 * Quick variant of the claims scale benchmark's query timings (pnpm --filter @tekser/api
 * bench:claims-queries): keeps a database of TEKSER_BENCH_ITEMS synthetic items (default 100k)
 * in TEKSER_BENCH_DIR (loaded once, claims following the generator's stories, no clustering),
 * migrates it to the current schema, and prints the queue and search p50/p95. Re-runs after a
 * change skip the minutes of loading.
 */
import os from "node:os";
import { freePort } from "@tekser/db/testing";
import { openKeptBenchDatabase } from "./claims-load.ts";
import { measureQueries } from "./claims-query-timing.ts";

const count = Number(process.env.TEKSER_BENCH_ITEMS ?? 100_000);
const dataDir = process.env.TEKSER_BENCH_DIR ?? `/tmp/tekser-bench-queries-${count}`;
const { database, db } = await openKeptBenchDatabase(dataDir, Number(process.env.TEKSER_BENCH_PORT ?? (await freePort())), count);
try {
  const measured = await measureQueries(db);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const label = count.toLocaleString("en");
  console.log(`Queue query (${label} items): p50 ${ms(measured.queue.p50)}  p95 ${ms(measured.queue.p95)}  slowest: ${measured.worstQueue}`);
  console.log(`Search (${label} items):      p50 ${ms(measured.search.p50)}  p95 ${ms(measured.search.p95)}  slowest: ${measured.worstSearch}`);
  console.log(`Load average: ${os.loadavg().map((load) => load.toFixed(1)).join(" / ")} on ${os.cpus().length} cores`);
  await db.$disconnect();
} finally {
  await database.stop();
}
