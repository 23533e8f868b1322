import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One PostgreSQL server per run (this package's own global setup, by path).
    globalSetup: ["./src/vitest-global-setup.ts"],
    // Starting a cluster and migrating take a while on a slow 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
