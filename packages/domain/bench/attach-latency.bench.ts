/**
 * `pnpm bench:attach`: how long a copy waits for its claim while a large feed is being ingested.
 * BENCH_ORIGINALS (default 2,000) RSS stories are stored first; then a feed of BENCH_FEED (default
 * 30,000) new stories is ingested while, every BENCH_EVERY_MS (default 100), a Telegram repost of
 * one stored story (comment, its text, a link to it) is ingested on its own, as a source poll
 * would bring it. Each repost's latency runs from the start of its ingest to the commit that
 * placed it; the bench prints p50/p95/max, how many reposts joined their original's claim, and
 * the feed's rate meanwhile. Embedded PostgreSQL, or TEST_DATABASE_SERVER_URL's server.
 */
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { ingestInputs } from "../src/ingest/ingest.ts";
import { rssFiles, rssStoryUrl, telegramRepost } from "./generate-inputs.ts";

const ORIGINALS = Number(process.env.BENCH_ORIGINALS ?? 2000);
const FEED = Number(process.env.BENCH_FEED ?? 30_000);
const EVERY_MS = Number(process.env.BENCH_EVERY_MS ?? 100);
const fetchedAt = new Date("2026-03-14T12:00:00Z");
const ORIGINALS_SEED = "originals";

const server = await startTestServer();
const database = await createTestDatabase(server.serverUrl);
const { db } = database;
try {
  await ingestInputs(db, SYSTEM_ACTOR, "cli", rssFiles(ORIGINALS, ORIGINALS_SEED), { fetchedAt, listItems: false });

  const latencies: number[] = [];
  const placed: { repost: string; original: number }[] = [];
  let feedDone = false;
  const feedStarted = performance.now();
  const feed = ingestInputs(db, SYSTEM_ACTOR, "cli", rssFiles(FEED, "feed", ORIGINALS), {
    fetchedAt,
    listItems: false,
  }).finally(() => (feedDone = true));
  for (let n = 0; !feedDone; n++) {
    const nextAt = performance.now() + EVERY_MS;
    const original = (n * 7919) % ORIGINALS;
    const started = performance.now();
    const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", [telegramRepost(original, ORIGINALS_SEED)], {
      fetchedAt,
    });
    if (feedDone) break;
    latencies.push(performance.now() - started);
    const item = report.items[0];
    if (item) placed.push({ repost: item.id, original });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextAt - performance.now())));
  }
  const feedReport = await feed;
  const feedSeconds = (performance.now() - feedStarted) / 1000;

  const joined = await joinedTheirOriginal(placed);
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
  console.log(
    `feed: ${feedReport.accepted} new stories in ${feedSeconds.toFixed(1)} s (${(feedReport.accepted / feedSeconds).toFixed(0)} items/s) over ${ORIGINALS} stored`,
  );
  console.log(
    `reposts ingested during the feed: ${latencies.length}; joined their original's claim: ${joined} of ${placed.length}`,
  );
  console.log(
    `time to claim: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms (target p95 ≤ 1,000 ms)`,
  );
} finally {
  await database.drop();
  await server.stop();
}

/** How many reposts share a claim with the RSS story they repost (found by its URL). */
async function joinedTheirOriginal(placed: { repost: string; original: number }[]): Promise<number> {
  let joined = 0;
  for (const { repost, original } of placed) {
    const [copy, story] = await Promise.all([
      db.item.findUnique({ where: { id: repost }, select: { claimId: true } }),
      db.item.findFirst({
        where: { canonicalUrl: rssStoryUrl(ORIGINALS_SEED, original) },
        select: { claimId: true },
      }),
    ]);
    if (copy?.claimId && copy.claimId === story?.claimId) joined++;
  }
  return joined;
}
