import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One PostgreSQL server per run; each test file clones a migrated template database.
    globalSetup: [createRequire(import.meta.url).resolve("@tekser/db/vitest-global-setup")],
    // Integration tests hash passwords, start transactions and (media) run OCR: on a slow, busy
    // 2-core machine the longest have taken 30 s, so the ceiling is twice that.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
