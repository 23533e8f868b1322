/**
 * `pnpm bench:ingest`: items/s per format end to end (parse + store through the ingest service)
 * into a throw-away embedded PostgreSQL (or TEST_DATABASE_SERVER_URL's server), next to raw
 * batched `pg` INSERTs of the same rows in the same run (into a bare copy of Item, and into Item
 * with its indexes and triggers), plus memory while streaming a generated directory.
 * Sizes: BENCH_ITEMS (per social/feed format, default 2000), BENCH_PAGES (default 200),
 * BENCH_DIR_MB (directory phase, default 8). Texts: each format's items are drawn from a
 * Kazakh/Russian vocabulary, the same texts in every format, so the first format starts claims
 * and the later ones are copies joining them (as reposts are). A last row ingests feeds whose
 * texts differ only in a number ("similar"): every item then shares LSH band keys with hundreds
 * of stored items without being their near-duplicate, the candidate lookup's worst case.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDatabase, startTestServer } from "@tekser/db/testing";
import { parseInput } from "@tekser/ingest";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "../src/ingest/ingest.ts";
import {
  csvFiles,
  htmlFiles,
  rssFiles,
  telegramFiles,
  useTextMode,
  vkWallFiles,
  xApiFiles,
} from "./generate-inputs.ts";
import { rawInsert } from "./raw-insert.ts";
import { streamDirectory, writeDirectory } from "./stream-directory.ts";

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const PAGES = Number(process.env.BENCH_PAGES ?? 200);
const DIR_MB = Number(process.env.BENCH_DIR_MB ?? 8);
const fetchedAt = new Date("2026-03-14T12:00:00Z");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const server = await startTestServer();
const database = await createTestDatabase(server.serverUrl);
const rows: string[][] = [];
try {
  const formats: [string, (seed: string) => IngestInput[]][] = [
    ["RSS feed", (s) => rssFiles(ITEMS, s)],
    ["Telegram export", (s) => telegramFiles(ITEMS, s)],
    ["X API v2", (s) => xApiFiles(ITEMS, s)],
    ["VK wall.get", (s) => vkWallFiles(ITEMS, s)],
    ["CSV", (s) => csvFiles(ITEMS, s)],
    ["HTML page", (s) => htmlFiles(PAGES, s)],
    ["RSS, similar texts", (s) => rssFiles(ITEMS, s)],
  ];
  // Parse-only rates are measured on this thread, which no longer parses during ingest: warm its
  // parsers first, or the first formats' rates would be the JIT's cold start.
  for (const [, make] of formats) for (const input of make("warm-up").slice(0, 5)) parseInput({ ...input, fetchedAt });
  // The parsing thread starts with a process's first ingest (a server or CLI pays it once): not a
  // cost of the formats below.
  const warmStarted = performance.now();
  await ingestInputs(database.db, SYSTEM_ACTOR, "cli", rssFiles(1, "warm-up"), { fetchedAt });
  console.log(
    `first ingest of the process (starts the parsing thread): ${(performance.now() - warmStarted).toFixed(0)} ms`,
  );

  for (const [label, make] of formats) {
    useTextMode(label.includes("similar") ? "similar" : "distinct");
    const inputs = make(`e2e-${label}`);
    const started = performance.now();
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt });
    const seconds = (performance.now() - started) / 1000;
    const parseStarted = performance.now();
    const rawItems = make(`raw-${label}`).flatMap((input) => parseInput({ ...input, fetchedAt }).items);
    const parseRate = rawItems.length / ((performance.now() - parseStarted) / 1000);
    const bare = await rawInsert(database.url, rawItems, "bare copy");
    const indexed = await rawInsert(database.url, rawItems, "Item");
    const [e2eRate, bareRate, indexedRate] = [
      report.accepted / seconds,
      bare.rows / bare.seconds,
      indexed.rows / indexed.seconds,
    ];
    const share = (rate: number) => `${((e2eRate / rate) * 100).toFixed(0)}%`;
    rows.push([
      label,
      String(report.accepted),
      parseRate.toFixed(0),
      e2eRate.toFixed(0),
      bareRate.toFixed(0),
      share(bareRate),
      indexedRate.toFixed(0),
      share(indexedRate),
      mb(process.resourceUsage().maxRSS * 1024),
    ]);
    if (report.rejected > 0)
      console.error(`${label}: ${report.rejected} rejected, first: ${JSON.stringify(report.errors[0])}`);
  }
  useTextMode("distinct");
  console.log(
    `load average at the end ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")} on ${os.availableParallelism()} cores`,
  );
  console.log(
    table(
      [
        "format",
        "items",
        "parse-only items/s",
        "e2e items/s",
        "raw bare rows/s",
        "e2e/bare",
        "raw into Item rows/s",
        "e2e/Item",
        "max RSS so far",
      ],
      rows,
    ),
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-bench-dir-"));
  try {
    const files = writeDirectory(dir, DIR_MB, (seed, file) => rssFiles(200, seed, file * 200)[0]);
    const streamed = await streamDirectory(dir, (inputs) =>
      ingestInputs(database.db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt, listItems: false }),
    );
    console.log(
      `\ndirectory: ${files.count} files, ${mb(files.bytes)} on disk, ${streamed.accepted} items in ${streamed.seconds.toFixed(1)} s ` +
        `(${(streamed.accepted / streamed.seconds).toFixed(0)} items/s); RSS at start ${mb(streamed.rssStart)}, peak ${mb(streamed.rssPeak)}, end ${mb(streamed.rssEnd)}; ` +
        `JS heap peak ${mb(streamed.heapPeak)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await database.drop();
  await server.stop();
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
