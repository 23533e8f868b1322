import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Test files share their worker's modules: loading the routers, Prisma's client and the
    // contracts costs seconds, once per worker rather than once per file. Each file still has its
    // own database (cloned from the template); what modules keep between files is memoisation
    // (stems, lexicons, a dummy password hash), and module-level hooks are registered by functions
    // each file calls. See docs/decisions/0030-tests-side-by-side.md.
    isolate: false,
    // One PostgreSQL server per run (this package's own global setup, by path).
    globalSetup: ["./src/vitest-global-setup.ts"],
    // Starting a cluster and migrating take a while on a slow 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
