/**
 * `pnpm bench:web`: the dashboard's first paint on a production build, served by Tekser on a
 * throw-away embedded database with the demo data. Prints the initial JavaScript (gzipped) and
 * the cold load time to the queue's first rows, next to their targets.
 */
import { gzipSync } from "node:zlib";
import { chromium, type BrowserContext, type Response } from "@playwright/test";
import { startDemoTekser } from "@tekser/server/bench/demo-tekser";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../playwright.config.ts";

const RUNS = 5;
const TARGET_INITIAL_JS_KB = 150;
const TARGET_COLD_LOAD_MS = 1000;
const tekser = await startDemoTekser("web", "reviewer");
const USER = tekser.user;

const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
const baseURL = tekser.url;

/** A browser profile with an empty cache, already signed in. */
async function coldSignedInContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const login = await context.request.post("/trpc/auth.login", {
    data: { username: USER.username, password: USER.password },
    headers: { origin: baseURL },
  });
  if (!login.ok()) throw new Error(`login failed: ${login.status()} ${await login.text()}`);
  return context;
}

interface LoadFigures {
  coldLoadMs: number;
  initialJsGzip: number;
  jsToFirstRowsGzip: number;
}

const gzipSize = async (response: Response) => gzipSync(await response.body()).length;

async function loadQueueOnce(): Promise<LoadFigures> {
  const context = await coldSignedInContext();
  const page = await context.newPage();
  const scripts: Response[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) scripts.push(response);
  });
  const shell = await page.goto("/", { waitUntil: "commit" });
  await page.getByTestId("claim-row").first().waitFor();
  // Milliseconds since the navigation started, measured by the browser itself.
  const coldLoadMs = await page.evaluate(() => performance.now());
  const html = (await shell?.text()) ?? "";
  // What index.html names (the entry script and its preloaded chunks) is the initial JavaScript.
  const initialPaths = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  const sizes = await Promise.all(
    scripts.map(async (script) => ({
      initial: initialPaths.has(new URL(script.url()).pathname),
      gzip: await gzipSize(script),
    })),
  );
  await context.close();
  return {
    coldLoadMs,
    initialJsGzip: sizes.filter((size) => size.initial).reduce((sum, size) => sum + size.gzip, 0),
    jsToFirstRowsGzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

try {
  await loadQueueOnce(); // warms the server (its first queries, the file cache), not the browser
  const runs: LoadFigures[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await loadQueueOnce());
  const coldLoads = runs.map((run) => run.coldLoadMs).sort((a, b) => a - b);
  const median = coldLoads[Math.floor(coldLoads.length / 2)] ?? Number.NaN;
  const last = runs[runs.length - 1];
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `initial JavaScript (entry + preloaded chunks), gzipped: ${kb(last?.initialJsGzip ?? 0)} kB   (target ≤ ${TARGET_INITIAL_JS_KB} kB)`,
  );
  console.log(
    `all JavaScript until the queue's first rows, gzipped:  ${kb(last?.jsToFirstRowsGzip ?? 0)} kB   (dictionary and queue screen included)`,
  );
  console.log(
    `cold load to the queue's first rows, median of ${RUNS}:   ${median.toFixed(0)} ms   (target < ${TARGET_COLD_LOAD_MS} ms; runs: ${coldLoads.map((ms) => ms.toFixed(0)).join(", ")})`,
  );
} finally {
  await browser.close();
  await tekser.stop();
}
