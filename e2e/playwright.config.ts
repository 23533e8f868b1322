import { defineConfig } from "@playwright/test";

export const E2E_PORT = Number(process.env.TEKSER_E2E_PORT ?? 3917);
/** A second server instance on the same database, for realtime across instances. */
export const E2E_PORT_2 = Number(process.env.TEKSER_E2E_PORT_2 ?? E2E_PORT + 10);

/** Debian's Chromium unless told otherwise; the benchmarks launch the same browser. */
export const CHROMIUM_EXECUTABLE = process.env.TEKSER_CHROMIUM ?? "/usr/bin/chromium";
// Flags for a closed network and a root user: no sandbox, no background connections.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Specs that change what every other spec sees, or that need the server as nobody else has left
 * it. `pnpm test` runs them after the rest, on a server and database of their own, one at a time
 * (scripts/e2e.sh); every other spec keeps to users, claims and items it makes itself, so those
 * run two at a time.
 */
const SHARED_STATE_SPECS = [
  // Changes the password of the account that must change it, with which axe-walk.spec logs in
  // (that spec runs with the others, on the other run's database).
  "auth/change-password.spec.ts",
  // Locks 127.0.0.1, the address every spec logs in from, near its per-address limit.
  "auth/login-throttle.spec.ts",
  // Expects every demo page to be new to the database; other specs ingest them too.
  "foundation/news-to-notice.spec.ts",
  // The team's mail settings.
  "notifications/mention-notification.spec.ts",
  // Cuts the server's database listener.
  "review/realtime-resync.spec.ts",
  // Switches the shared reviewer account's language, which the others read in English.
  "review/screenshots.spec.ts",
  // The team's tags, checklist (a required item holds every other spec's verdict), four-eyes
  // setting, verdict scale and tipline settings.
  "review/tags-checklist.spec.ts",
  "review/tag-rename.spec.ts",
  "review/team-settings.spec.ts",
  "review/verdict-scale.spec.ts",
  "tipline/tipline.spec.ts",
].map((spec) => `**/${spec}`);

/** Which specs this run takes: TEKSER_E2E_GROUP from scripts/e2e.sh, or all of them one at a time. */
const GROUP = process.env.TEKSER_E2E_GROUP;
// Only specs that keep to data they make themselves can run again after a failure; a retried
// spec that passes is still listed at the end of the run (support/print-failures.ts).
const group: { testMatch: string | string[]; testIgnore: string[]; workers: number; retries: number } =
  GROUP === "independent"
    ? { testMatch: "**/*.spec.ts", testIgnore: SHARED_STATE_SPECS, workers: 2, retries: 1 }
    : GROUP === "shared-state"
      ? { testMatch: SHARED_STATE_SPECS, testIgnore: [], workers: 1, retries: 0 }
      : { testMatch: "**/*.spec.ts", testIgnore: [], workers: 1, retries: 0 };

export default defineConfig({
  testDir: ".",
  testMatch: group.testMatch,
  testIgnore: group.testIgnore,
  fullyParallel: false,
  workers: group.workers,
  retries: group.retries,
  // Several specs walk a claim through four roles (each signing in, argon2 on the server); on a
  // slow two-core CI machine such a walk has taken close to a minute, so the ceiling is two.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: `playwright-report/${GROUP ?? "all"}` }],
    ["json", { outputFile: `test-results/${GROUP ?? "all"}.json` }],
  ],
  outputDir: `test-results/${GROUP ?? "all"}`,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "tsx support/start-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { TEKSER_E2E_PORT: String(E2E_PORT), TEKSER_E2E_PORT_2: String(E2E_PORT_2) },
  },
});
