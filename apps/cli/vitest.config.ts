import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One PostgreSQL server per run; each test file clones a migrated template database.
    globalSetup: [createRequire(import.meta.url).resolve("@tekser/db/vitest-global-setup")],
    // These tests start `tekser` processes, several per test; each start loads TypeScript through
    // tsx and takes seconds on a busy two-core machine, so the budget is a generous ceiling.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
