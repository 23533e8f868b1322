import { defineProject } from "vitest/config";

// A config of its own, so that `vitest run` in this folder runs this package's tests only
// (without one, vitest takes the workspace's root config, whose project globs are relative).
export default defineProject({});
