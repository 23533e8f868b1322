import { defineProject } from "vitest/config";

// A config of its own, so that `vitest run` in this folder runs this package's tests only
// (without one, vitest takes the workspace's root config, whose project globs are relative).
export default defineProject({
  test: {
    // Test files share their worker's modules (loaded once per worker, not once per file): what
    // the modules keep is memoisation. See docs/decisions/0030-tests-side-by-side.md.
    isolate: false,
  },
});
