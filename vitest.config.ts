import { defineConfig } from "vitest/config";

/**
 * Every package's tests in one run: each folder keeps its own vitest config (timeouts, the
 * database global setup), and all of them share one PostgreSQL server and one pool of workers.
 * Test files do not share state (each clones its own database from the template), so they run
 * side by side across packages.
 */
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/cli", "apps/server", "prisma", "fixtures"],
    maxWorkers: 3,
  },
});
