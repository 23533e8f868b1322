/**
 * Quick variant of the claims scale benchmark's query timings (pnpm --filter @tekser/domain
 * bench:claims-queries): keeps a database of TEKSER_BENCH_ITEMS synthetic items (default 100k)
 * in TEKSER_BENCH_DIR (loaded once, claims following the generator's stories, no clustering),
 * migrates it to the current schema, and prints the queue and search p50/p95. Re-runs after a
 * change skip the minutes of loading. TEKSER_BENCH_ONLY=queue skips search.
 */
import os from "node:os";
import { freePort } from "@tekser/db/testing";
import { openKeptBenchDatabase } from "./claims-load.ts";
import { measureQueue, measureSearch } from "./claims-query-timing.ts";

const count = Number(process.env.TEKSER_BENCH_ITEMS ?? 100_000);
const dataDir = process.env.TEKSER_BENCH_DIR ?? `/tmp/tekser-bench-queries-${count}`;
const { database, db } = await openKeptBenchDatabase(
  dataDir,
  Number(process.env.TEKSER_BENCH_PORT ?? (await freePort())),
  count,
);
try {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const label = count.toLocaleString("en");
  const load = () =>
    `load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(" / ")} on ${os.cpus().length} cores`;
  // Each figure is printed when measured: a search slower than its transaction's timeout fails
  // the run, and the queue figure is still wanted then.
  const queue = await measureQueue(db);
  console.log(
    `Queue query (${label} items): p50 ${ms(queue.queue.p50)}  p95 ${ms(queue.queue.p95)}  slowest: ${queue.worstQueue}  (${load()})`,
  );
  if (process.env.TEKSER_BENCH_ONLY !== "queue") {
    const search = await measureSearch(db);
    console.log(
      `Search (${label} items):      p50 ${ms(search.search.p50)}  p95 ${ms(search.search.p95)}  slowest: ${search.worstSearch}  (${load()})`,
    );
  }
  await db.$disconnect();
} finally {
  await database.stop();
}
