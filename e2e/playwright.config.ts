import { defineConfig } from "@playwright/test";

export const E2E_PORT = Number(process.env.TEKSER_E2E_PORT ?? 3917);
/** A second server instance on the same database, for realtime across instances. */
export const E2E_PORT_2 = Number(process.env.TEKSER_E2E_PORT_2 ?? E2E_PORT + 10);

/** Debian's Chromium unless told otherwise; the benchmarks launch the same browser. */
export const CHROMIUM_EXECUTABLE = process.env.TEKSER_CHROMIUM ?? "/usr/bin/chromium";
// Flags for a closed network and a root user: no sandbox, no background connections.
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Several specs walk a claim through four roles (each signing in, argon2 on the server); on a
  // slow two-core CI machine such a walk has taken close to a minute, so the ceiling is two.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
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
