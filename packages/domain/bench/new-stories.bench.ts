/**
 * `pnpm bench:new-stories`: ingest's steady rate on a feed of new stories, the case every desk
 * meets most. Rounds of BENCH_ITEMS (default 2,000) RSS items with texts not seen before go into
 * one growing database (embedded PostgreSQL, or TEST_DATABASE_SERVER_URL's server), after one
 * warm-up round; each round's items/s is printed. Unlike `bench:ingest`'s one RSS row, later
 * rounds run with the clustering code compiled and the indexes holding earlier rounds.
 */
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { ingestInputs } from "../src/ingest/ingest.ts";
import { rssFiles } from "./generate-inputs.ts";

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const fetchedAt = new Date("2026-03-14T12:00:00Z");

const server = await startTestServer();
const database = await createTestDatabase(server.serverUrl);
try {
  await ingestInputs(database.db, SYSTEM_ACTOR, "cli", rssFiles(ITEMS, "warm-up", ROUNDS * ITEMS), { fetchedAt });
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const inputs = rssFiles(ITEMS, `round-${round}`, round * ITEMS);
    const started = performance.now();
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt });
    rates.push(report.accepted / ((performance.now() - started) / 1000));
  }
  const sorted = [...rates].sort((a, b) => a - b);
  console.log(
    `new stories, ${ROUNDS} rounds of ${ITEMS} items, items/s: ${rates.map((rate) => rate.toFixed(0)).join(" ")}`,
  );
  console.log(`median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} items/s`);
} finally {
  await database.drop();
  await server.stop();
}
