import { defineProject } from "vitest/config";

// A config of its own, so that `vitest run` in this folder runs this package's tests only
// (without one, vitest takes the workspace's root config, whose project globs are relative).
export default defineProject({
  // Property tests run hundreds of parses; vitest's 5 s default is too tight on a busy
  // two-core machine, where they have taken 6 s.
  test: { testTimeout: 30_000 },
});
