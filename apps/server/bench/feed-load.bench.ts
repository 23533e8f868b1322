/**
 * `pnpm bench:load`: what a crawler storm on the public feeds does to the desk. Tekser runs on a
 * throw-away embedded database with the demo data, behind a (pretended) reverse proxy that names
 * each client in X-Forwarded-For, with the default public limits. A reviewer reads the queue and
 * a notice page one request after another, first on a quiet server, then during two storms of 50
 * connections fetching the three feeds as fast as they can (plain GETs, no ETag: the worst case):
 * - "one address": every request from one client, which soon gets 429s;
 * - "spread": every request from a new address (a crawler farm), so the per-client limit never
 *   bites and only the public lane stands between the storm and the desk.
 * - "one address, at another process": the same storm aimed at a bare HTTP server in a process
 *   of its own that answers 429 at once. The bench, its load generator and the server share the
 *   machine's cores; this phase shows how much of a storm's cost to the desk is only that.
 * Prints the feeds' throughput, latency and answers, and the desk's p50/p95 in every phase with
 * how busy this process's main thread was: the server's work and the desk's own reads (the
 * crawlers run on a worker thread of their own).
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "@tekser/db/testing";
import { startDemoTekser } from "./demo-tekser.ts";

const CRAWLERS = 50;
const STORM_SECONDS = 15;
const QUIET_SECONDS = 8;
const FEED_PATHS = ["/feed.xml", "/feed.atom", "/feed.json"];
const STORMS = { "one address": "one", "spread": "spread", "one address, at another process": "one" } as const;
/** The cheapest refusal Node can give, for the phase that storms another process. */
const BARE_REFUSER = `require("node:http").createServer((q, s) => { s.writeHead(429, { "retry-after": "60" }); s.end(); }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));`;

const tekser = await startDemoTekser("load", "reviewer", { TEKSER_TRUST_PROXY: "127.0.0.1" });
const baseUrl = tekser.url;

async function signIn(): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify(tekser.user),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
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

/**
 * Reads back to back until `until` resolves: a reviewer's queue, then a notice page as readers
 * open it (each read from another reader's address, so the readers stay within their allowance).
 */
async function readAsDesk(
  cookie: string,
  noticePath: string,
  until: Promise<unknown>,
): Promise<Record<"queue" | "notice", DeskFigures> & { loop: number }> {
  const loopBefore = performance.eventLoopUtilization();
  let done = false;
  void until.then(() => (done = true));
  const urls = {
    queue: `${baseUrl}/trpc/claim.list?input=${encodeURIComponent("{}")}`,
    notice: `${baseUrl}${noticePath}`,
  };
  const times = { queue: [] as number[], notice: [] as number[] };
  const failed = { queue: 0, notice: 0 };
  const headers = {
    queue: () => ({ cookie }),
    notice: () => ({ "x-forwarded-for": `192.0.2.${(readers++ % 250) + 1}` }),
  };
  while (!done) {
    for (const kind of ["queue", "notice"] as const) {
      const start = performance.now();
      const response = await fetch(urls[kind], { headers: headers[kind]() });
      await response.arrayBuffer();
      times[kind].push(performance.now() - start);
      if (!response.ok) failed[kind]++;
    }
  }
  const figures = (kind: "queue" | "notice"): DeskFigures => {
    const sorted = times[kind].sort((a, b) => a - b);
    return { requests: sorted.length, failed: failed[kind], p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  return {
    queue: figures("queue"),
    notice: figures("notice"),
    loop: performance.eventLoopUtilization(loopBefore).utilization,
  };
}

let readers = 0;
const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function startBareRefuser(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["-e", BARE_REFUSER], {
    env: { PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => child.stdout.once("data", resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function storm(addresses: (typeof STORMS)[keyof typeof STORMS], url: string) {
  // The worker thread that loads crawler-request.cjs reads which addresses to use from its environment.
  process.env.CRAWLER_ADDRESSES = addresses;
  const crawlers = autocannon({
    url,
    connections: CRAWLERS,
    duration: STORM_SECONDS,
    // The crawlers run on a thread of their own, so the desk's timings here are the server's.
    workers: 1,
    requests: [{ method: "GET" as const, setupRequest: path.join(import.meta.dirname, "crawler-request.cjs") }],
  });
  return crawlers;
}

try {
  const cookie = await signIn();
  const noticePath = await firstNoticePath();
  // Warm the plans, the rendered feeds and the connection pool before measuring anything.
  await readAsDesk(cookie, noticePath, sleep(1));
  for (const feedPath of FEED_PATHS) await (await fetch(`${baseUrl}${feedPath}`)).arrayBuffer();

  const quiet = await readAsDesk(cookie, noticePath, sleep(QUIET_SECONDS));
  const feeds: Record<string, Record<string, string | number>> = {};
  const desk: Record<string, Record<string, string | number>> = {};
  // The machine's 1-minute load average as the phase ends: other work on it shows in the figures.
  const row = (figures: DeskFigures, loop: number) => ({
    requests: figures.requests,
    failed: figures.failed,
    p50: ms(figures.p50),
    p95: ms(figures.p95),
    "loop used": `${Math.round(loop * 100)} %`,
    load: os.loadavg()[0]?.toFixed(1) ?? "",
  });
  desk["queue, quiet"] = row(quiet.queue, quiet.loop);
  desk["notice page, quiet"] = row(quiet.notice, quiet.loop);

  const bareRefuser = await startBareRefuser();
  for (const [name, addresses] of Object.entries(STORMS)) {
    const crawling = storm(addresses, name.endsWith("at another process") ? bareRefuser.url : baseUrl);
    const [crawlers, stormy] = await Promise.all([crawling, readAsDesk(cookie, noticePath, crawling)]);
    const codes = crawlers.statusCodeStats as Record<string, { count: number } | undefined>;
    feeds[name] = {
      "requests/s": Math.round(crawlers.requests.average),
      "p50": ms(crawlers.latency.p50),
      "p97.5": ms(crawlers.latency.p97_5),
      "200": codes["200"]?.count ?? 0,
      "429": codes["429"]?.count ?? 0,
      "503": codes["503"]?.count ?? 0,
      "errors": crawlers.errors,
      "timeouts": crawlers.timeouts,
    };
    desk[`queue, storm (${name})`] = row(stormy.queue, stormy.loop);
    desk[`notice page, storm (${name})`] = row(stormy.notice, stormy.loop);
  }
  bareRefuser.stop();

  console.log(
    `\nFeeds under ${CRAWLERS} concurrent connections for ${STORM_SECONDS} s (${FEED_PATHS.join(", ")}), by how the crawlers' addresses are spread:`,
  );
  console.table(feeds);
  console.log(
    "Back to back, quiet and during each storm: a reviewer's queue (tRPC), then a notice page opened by readers (public):",
  );
  console.table(desk);
} finally {
  await tekser.stop();
}
