import { defineConfig } from "vitest/config";

/**
 * Every package's tests in one run: each folder keeps its own vitest config (timeouts, the
 * database global setup), and all of them share one PostgreSQL server and one pool of workers.
 * Test files do not share state (each clones its own database from the template), so they run
 * side by side across packages.
 */
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/cli", "apps/server", "prisma", "fixtures", "apps/web"],
    // More workers than the 2 cores of the CI machine (vitest's default would be one): the
    // database files spend much of their time waiting on PostgreSQL, the CLI files on the
    // processes they start. VITEST_MAX_WORKERS overrides it for one run.
    maxWorkers: 3,
  },
});
