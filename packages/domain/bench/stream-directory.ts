import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { TIngestReport } from "@tekser/contracts";
import type { IngestInput } from "../src/ingest/ingest.ts";

/** Fills `dir` (in sub-folders of 100 files) with generated inputs until it holds `megabytes`. */
export function writeDirectory(
  dir: string,
  megabytes: number,
  make: (seed: string, file: number) => IngestInput | undefined,
) {
  let bytes = 0;
  let count = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const input = make(`dir-${count}`, count);
    if (!input) break;
    const sub = path.join(dir, `part-${Math.floor(count / 100)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${count}.rss`), input.bytes);
    bytes += input.bytes.length;
    count++;
  }
  return { count, bytes };
}

/**
 * Ingests a directory one file at a time (as the CLI does), sampling RSS and the JS heap every
 * 100 ms to show whether memory stays flat as the directory grows.
 */
export async function streamDirectory(
  dir: string,
  ingest: (inputs: AsyncIterable<IngestInput>) => Promise<TIngestReport>,
) {
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    rssPeak = Math.max(rssPeak, rss);
    heapPeak = Math.max(heapPeak, heapUsed);
  }, 100);
  const started = performance.now();
  try {
    const report = await ingest(files(dir));
    return {
      accepted: report.accepted,
      seconds: (performance.now() - started) / 1000,
      rssStart,
      rssPeak,
      rssEnd: process.memoryUsage().rss,
      heapPeak,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function* files(dir: string): AsyncGenerator<IngestInput> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield { name: full, bytes: await readFile(full) };
  }
}
