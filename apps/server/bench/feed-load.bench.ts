/**
 * `pnpm bench:load`: what a crawler storm on the public feeds does to the desk. Tekser runs on a
 * throw-away embedded database with the demo data; a reviewer reads the queue and a notice page
 * one request after another, first on a quiet server, then while 50 clients fetch the three feeds
 * as fast as they can (plain GETs, no ETag: the worst case; the desk's reads share the process).
 * Prints the feeds' throughput and latency, and the desk's p50/p95 in both phases.
 */
import autocannon from "autocannon";
import { startDemoTekser } from "./demo-tekser.ts";

const CRAWLERS = 50;
const STORM_SECONDS = 15;
const QUIET_SECONDS = 8;
const FEED_PATHS = ["/feed.xml", "/feed.atom", "/feed.json"];

const tekser = await startDemoTekser("load", "reviewer");
const baseUrl = tekser.url;

async function signIn(): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify(tekser.user),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function firstNoticePath(): Promise<string> {
  const feed = (await (await fetch(`${baseUrl}/feed.json`)).json()) as { items: { url: string }[] };
  const first = feed.items[0];
  if (!first) throw new Error("the demo data published no notice; the notice page cannot be measured");
  return new URL(first.url).pathname;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface DeskFigures {
  requests: number;
  failed: number;
  p50: number;
  p95: number;
}

/** One reviewer's reads, back to back, until `until` resolves: the queue, then a notice page. */
async function readAsDesk(cookie: string, noticePath: string, until: Promise<unknown>): Promise<Record<"queue" | "notice", DeskFigures>> {
  let done = false;
  void until.then(() => (done = true));
  const urls = { queue: `${baseUrl}/trpc/claim.list?input=${encodeURIComponent("{}")}`, notice: `${baseUrl}${noticePath}` };
  const times = { queue: [] as number[], notice: [] as number[] };
  const failed = { queue: 0, notice: 0 };
  while (!done) {
    for (const kind of ["queue", "notice"] as const) {
      const start = performance.now();
      const response = await fetch(urls[kind], { headers: { cookie } });
      await response.arrayBuffer();
      times[kind].push(performance.now() - start);
      if (!response.ok) failed[kind]++;
    }
  }
  const figures = (kind: "queue" | "notice"): DeskFigures => {
    const sorted = times[kind].sort((a, b) => a - b);
    return { requests: sorted.length, failed: failed[kind], p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  return { queue: figures("queue"), notice: figures("notice") };
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const ms = (value: number) => `${value.toFixed(1)} ms`;

try {
  const cookie = await signIn();
  const noticePath = await firstNoticePath();
  // Warm the plans, the rendered feeds and the connection pool before measuring anything.
  await readAsDesk(cookie, noticePath, sleep(1));
  for (const feedPath of FEED_PATHS) await (await fetch(`${baseUrl}${feedPath}`)).arrayBuffer();

  const quiet = await readAsDesk(cookie, noticePath, sleep(QUIET_SECONDS));

  const storm = autocannon({
    url: baseUrl,
    connections: CRAWLERS,
    duration: STORM_SECONDS,
    // The crawlers run on a thread of their own, so the desk's timings here are the server's.
    workers: 1,
    requests: FEED_PATHS.map((feedPath) => ({ method: "GET" as const, path: feedPath })),
  });
  const [crawlers, stormy] = await Promise.all([storm, readAsDesk(cookie, noticePath, storm)]);

  console.log(`\nFeeds under ${CRAWLERS} concurrent clients for ${STORM_SECONDS} s (${FEED_PATHS.join(", ")}):`);
  console.table({
    feeds: {
      "requests/s": Math.round(crawlers.requests.average),
      "p50": ms(crawlers.latency.p50),
      "p97.5": ms(crawlers.latency.p97_5),
      "p99": ms(crawlers.latency.p99),
      "non-2xx": crawlers.non2xx,
      "errors": crawlers.errors,
      "timeouts": crawlers.timeouts,
    },
  });
  console.log("The desk's reads (one reviewer, back to back), quiet and during the storm:");
  const row = (figures: DeskFigures) => ({ requests: figures.requests, failed: figures.failed, p50: ms(figures.p50), p95: ms(figures.p95) });
  console.table({
    "queue, quiet": row(quiet.queue),
    "queue, storm": row(stormy.queue),
    "notice page, quiet": row(quiet.notice),
    "notice page, storm": row(stormy.notice),
  });
} finally {
  await tekser.stop();
}
