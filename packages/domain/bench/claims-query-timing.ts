/** The query timings shared by the claims scale benchmark and its quick variant (claims-queries.ts). */
import type { TClaimListInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { listClaims } from "../src/claims/claim-queue.ts";
import { searchItems } from "../src/claims/claim-search.ts";

const RUNS = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Times `runs` calls after `warmUp` calls (the first opens the connection; one per shape warms
 * each shape's pages and plans); `measured` is false while warming up.
 */
async function timeRuns(
  runs: number,
  warmUp: number,
  run: (i: number, measured: boolean) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUp; i++) await run(i, false);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i, true);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Queue views a reviewer opens: plain, filtered, a common and a rare word, words with a filter
 * (a word in a third of all claims with a status and with a verdict, a word in one claim in
 * fourteen with a verdict, a Russian word under a language that has none of it), by item count.
 * Eleven, prime to the three pages, so that each view is timed on every page.
 */
const QUEUE_SHAPES: Pick<TClaimListInput, "filters" | "sort">[] = [
  { filters: {} },
  { filters: { status: ["new"] } },
  { filters: { verdict: ["fake"] } },
  { filters: { lang: ["kk"] } },
  { filters: { text: "министрлігі" } },
  { filters: { text: "метро", status: ["new"] } },
  { filters: { text: "жер сілкінісі" } },
  { filters: {}, sort: [{ id: "itemCount", desc: true }] },
  { filters: { text: "метро", verdict: ["fake"] } },
  { filters: { text: "министрлігі", verdict: ["fake"] } },
  { filters: { text: "метро", lang: ["kk"] } },
];
/**
 * Twelve queries; every fourth run is in Kazakh items only, so the words at positions 0, 4 and 8
 * always are. Two are misspelt: "минстрлігі" (a letter of "министрлігі" missing) and
 * "turghyndar" (тұрғындар in informal Latin, "gh" for ғ, which normalisation does not fold): no
 * item has them, so they time the "did you mean" correction.
 */
const SEARCH_WORDS = [
  "зейнет",
  "министрлігі",
  "shekara",
  "Алматы",
  "метро",
  "налог",
  "жер сілкінісі",
  "вакцина",
  "минстрлігі",
  "тұрғындар",
  "бюджет",
  "turghyndar",
];

const top = (times: Map<string, number>) =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([key, time]) => `${key} ${time.toFixed(0)} ms`)
    .join(", ");

/** p50/p95 of the queue query (10 view shapes, pages 1–3), plus the slowest views. */
export async function measureQueue(db: Db, runs = RUNS) {
  const slowQueue = new Map<string, number>();
  const queue = await timeRuns(runs, QUEUE_SHAPES.length, async (i, measured) => {
    const shape = QUEUE_SHAPES[i % QUEUE_SHAPES.length] ?? {};
    const start = performance.now();
    await listClaims(db, { page: 1 + (i % 3), perPage: 25, ...shape });
    const key = JSON.stringify(shape);
    if (measured) slowQueue.set(key, Math.max(slowQueue.get(key) ?? 0, performance.now() - start));
  });
  return { queue, worstQueue: top(slowQueue) };
}

/**
 * p50/p95 of full-text search (SEARCH_WORDS, every fourth run in Kazakh items only: "зейнет",
 * "метро", a Russian word in a third of the items, none Kazakh, and the misspelt "минстрлігі"),
 * plus the slowest queries.
 */
export async function measureSearch(db: Db, runs = RUNS) {
  const slowSearch = new Map<string, number>();
  const search = await timeRuns(runs, SEARCH_WORDS.length, async (i, measured) => {
    const q = SEARCH_WORDS[i % SEARCH_WORDS.length] ?? "";
    const start = performance.now();
    await searchItems(db, { q, perPage: 25, ...(i % 4 === 0 ? { lang: ["kk"] } : {}) });
    if (measured) slowSearch.set(`"${q}"`, Math.max(slowSearch.get(`"${q}"`) ?? 0, performance.now() - start));
  });
  return { search, worstSearch: top(slowSearch) };
}

/** Both of the above. */
export async function measureQueries(db: Db, runs = RUNS) {
  return { ...(await measureQueue(db, runs)), ...(await measureSearch(db, runs)) };
}
