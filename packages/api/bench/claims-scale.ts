/**
 * Scale benchmark of the claims feature (pnpm bench:claims; `--million` adds the 1M tier).
 * Generates synthetic items (see @tekser/claims/synthetic), clusters 100k of them, loads them into
 * a throw-away embedded PostgreSQL, and times the clustering, the queue query and full-text search.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ClusterIndex, fingerprintText } from "@tekser/claims";
import { syntheticItems, type SyntheticItem } from "@tekser/claims/synthetic";
import { createDb, migrateDatabase, startEmbeddedPostgres, type Db } from "@tekser/db";
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
    const index = new ClusterIndex();
    const claimIds = new Map<number, string>();
    const storyCluster = new Map<number, number>();
    let loaded = 0;
    let clusterMs = 0;
    let missedCopies = 0;
    let copies = 0;
    let falseMerges = 0;
    for (const tier of TIERS) {
      const clustered = tier === 100_000; // the in-memory index of 1M fingerprints would not fit the 2-core/limited-RAM box
      const loadStart = performance.now();
      const rows = function* (): Generator<LoadRow> {
        while (loaded < tier) {
          const { value: item, done } = generator.next() as IteratorResult<SyntheticItem>;
          if (done) return;
          loaded++;
          if (!clustered) {
            // Beyond 100k, claims follow the generator's stories (the clustering is timed at 100k).
            yield { item, cluster: 10_000_000 + item.story, fingerprint: null };
            continue;
          }
          const start = performance.now();
          const fingerprint = fingerprintText([item.title, item.text].filter(Boolean).join("\n"));
          const assignment = index.add(fingerprint);
          clusterMs += performance.now() - start;
          const known = storyCluster.get(item.story);
          if (known === undefined) {
            storyCluster.set(item.story, assignment.clusterId);
            if (assignment.matchedItem !== null) falseMerges++;
          } else {
            copies++;
            if (known !== assignment.clusterId) missedCopies++;
          }
          yield { item, cluster: assignment.clusterId, fingerprint };
        }
      };
      await loadPipelined(db, rows(), claimIds);
      await db.$executeRawUnsafe("ANALYZE");
      console.log(`\n── ${tier.toLocaleString("en")} items (${claimIds.size.toLocaleString("en")} claims), loaded in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);
      if (clustered) {
        console.log(`Clustering 100k items (normalise + MinHash + LSH + match rule, in-process): ${(clusterMs / 1000).toFixed(1)} s  (target < 60 s)`);
        console.log(`  copies joined to their original's claim: ${(1 - missedCopies / copies).toFixed(3)} of ${copies}; originals wrongly merged: ${falseMerges}`);
        for (const documentSize of [1, 50]) {
          const ingest = await timeIngestClustering(db, 500, documentSize);
          const shape = documentSize === 1 ? "one item per document (a post)" : `${documentSize} items per document (a feed)`;
          console.log(`Clustering at ingest through PostgreSQL, ${shape}: ${ms(ingest.perItemMs)} per item, p95 ${ms(ingest.p95Ms)} per document`);
          console.log(`  → ${(ingest.perItemMs * 100).toFixed(0)} s for 100k items at this database size`);
        }
      }
      const measured = await measureQueries(db);
      results.push({ tier, ...measured });
      console.log(`Queue query (claim.list, 25 rows + count to 1,000, 11 views): p50 ${ms(measured.queue.p50)}  p95 ${ms(measured.queue.p95)}  (target p95 < 50 ms)`);
      console.log(`Full-text search (claim.search, 12 queries, 25 rows):        p50 ${ms(measured.search.p50)}  p95 ${ms(measured.search.p95)}  (target p95 < 50 ms)`);
      console.log(`  slowest queue views: ${measured.worstQueue}`);
      console.log(`  slowest searches: ${measured.worstSearch}`);
      console.log(`  machine load average during the run: ${os.loadavg().map((load) => load.toFixed(1)).join(" / ")} on ${os.cpus().length} cores`);
    }
    const [small, large] = results;
    if (small && large) {
      console.log(`\nGrowth 100k → 1M: queue p95 ×${(large.queue.p95 / small.queue.p95).toFixed(2)}, search p95 ×${(large.search.p95 / small.search.p95).toFixed(2)}`);
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
