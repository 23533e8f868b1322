import { defineProject } from "vitest/config";

// The dashboard's own unit tests (the dictionaries); a config of its own so that the web's
// vite.config.ts (the React plugin, the dev server) stays out of them.
export default defineProject({ test: { include: ["src/**/*.test.ts"] } });
