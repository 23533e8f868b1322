import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    // Integration tests hash passwords and start transactions: allow for a slow 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
