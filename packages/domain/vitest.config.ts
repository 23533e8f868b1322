import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One PostgreSQL server per run; each test file clones a migrated template database.
    globalSetup: [createRequire(import.meta.url).resolve("@tekser/db/vitest-global-setup")],
    // Integration tests hash passwords and start transactions: allow for a slow 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
