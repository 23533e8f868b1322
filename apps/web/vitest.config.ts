import { defineProject } from "vitest/config";

// The dashboard's own tests: the dictionaries, error wording and components rendered in
// happy-dom. A config of its own so that the web's vite.config.ts (the dev server's proxy) stays
// out of them.
export default defineProject({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts"],
    environment: "happy-dom",
    // Typing into rendered forms takes seconds on the shared two-core machine under load.
    testTimeout: 30_000,
    // The page's origin: a port where nothing listens, so a component's query fails at once
    // rather than reaching whatever server a developer runs on happy-dom's default port.
    environmentOptions: { happyDOM: { url: "http://127.0.0.1:9/" } },
  },
});
