import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Test files share their worker's modules: loading the routers, Prisma's client and the
    // contracts costs seconds, once per worker rather than once per file. Each file still has its
    // own database (cloned from the template); what modules keep between files is memoisation
    // (stems, lexicons, a dummy password hash), and module-level hooks are registered by functions
    // each file calls. See docs/decisions/0030-tests-side-by-side.md.
    isolate: false,
    // One PostgreSQL server per run; each test file clones a migrated template database.
    globalSetup: [createRequire(import.meta.url).resolve("@tekser/db/vitest-global-setup")],
    // Integration tests hash passwords, start transactions and (media) run OCR: on a slow, busy
    // 2-core machine the longest have taken 30 s, so the ceiling is twice that.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
