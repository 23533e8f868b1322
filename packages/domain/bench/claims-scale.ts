/**
 * Scale benchmark of the claims feature (pnpm bench:claims; `--million` adds the 1M tier).
 * Generates synthetic items (see @tekser/claims/synthetic), loads them into a throw-away embedded
 * PostgreSQL in the claims of their stories (with fingerprints up to 100k, so clustering has its
 * full index to search), and times clustering at ingest, the queue query and full-text search.
 * How well clustering finds copies is measured on the labelled evaluation set (bench:claims).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fingerprintText } from "@tekser/claims";
import { syntheticItems } from "@tekser/claims/synthetic";
import { createDb, migrateDatabase, startEmbeddedPostgres } from "@tekser/db";
import { freePort } from "@tekser/db/testing";
import { loadPipelined, type LoadRow } from "./claims-load.ts";
import { timeIngestClustering } from "./claims-ingest-timing.ts";
import { measureQueries } from "./claims-query-timing.ts";

const TIERS = process.argv.includes("--million") ? [100_000, 1_000_000] : [100_000];

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-bench-claims-"));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  await migrateDatabase(database.url);
  const db = createDb(database.url);
  const results: ({ tier: number } & Awaited<ReturnType<typeof measureQueries>>)[] = [];
  try {
    const largest = TIERS[TIERS.length - 1] ?? 100_000;
    const generator = syntheticItems({ count: largest });
    const claimIds = new Map<number, string>();
    let loaded = 0;
    for (const tier of TIERS) {
      // Fingerprints of 1M items would take the 2-core box hours to write; clustering is timed at 100k.
      const fingerprinted = tier === 100_000;
      const loadStart = performance.now();
      const rows = function* (): Generator<LoadRow> {
        while (loaded < tier) {
          const { value: item, done } = generator.next();
          if (done) return;
          loaded++;
          const fingerprint = fingerprinted
            ? fingerprintText([item.title, item.text].filter(Boolean).join("\n"))
            : null;
          yield { item, cluster: item.story, fingerprint };
        }
      };
      await loadPipelined(db, rows(), claimIds);
      await db.$executeRawUnsafe("ANALYZE");
      console.log(
        `\n── ${tier.toLocaleString("en")} items (${claimIds.size.toLocaleString("en")} claims), loaded in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`,
      );
      if (fingerprinted) {
        for (const documentSize of [1, 50]) {
          const ingest = await timeIngestClustering(db, 500, documentSize);
          const shape =
            documentSize === 1 ? "one item per document (a post)" : `${documentSize} items per document (a feed)`;
          console.log(
            `Clustering at ingest through PostgreSQL, ${shape}: ${ms(ingest.perItemMs)} per item, p95 ${ms(ingest.p95Ms)} per document`,
          );
          console.log(`  → ${(ingest.perItemMs * 100).toFixed(0)} s for 100k items at this database size`);
        }
      }
      const measured = await measureQueries(db);
      results.push({ tier, ...measured });
      console.log(
        `Queue query (claim.list, 25 rows + count to 1,000, 11 views): p50 ${ms(measured.queue.p50)}  p95 ${ms(measured.queue.p95)}  (target p95 < 50 ms)`,
      );
      console.log(
        `Full-text search (claim.search, 12 queries, 25 rows):        p50 ${ms(measured.search.p50)}  p95 ${ms(measured.search.p95)}  (target p95 < 50 ms)`,
      );
      console.log(`  slowest queue views: ${measured.worstQueue}`);
      console.log(`  slowest searches: ${measured.worstSearch}`);
      console.log(
        `  machine load average during the run: ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(" / ")} on ${os.cpus().length} cores`,
      );
    }
    const [small, large] = results;
    if (small && large) {
      console.log(
        `\nGrowth 100k → 1M: queue p95 ×${(large.queue.p95 / small.queue.p95).toFixed(2)}, search p95 ×${(large.search.p95 / small.search.p95).toFixed(2)}`,
      );
    } else {
      console.log("\n(1M tier skipped: run `pnpm bench:claims --million` for it and for the growth figures)");
    }
  } finally {
    await db.$disconnect();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
