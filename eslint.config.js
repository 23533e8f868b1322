// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Server code and the database client, which the browser bundle must never pull in. */
const SERVER_ONLY = ["@tekser/api", "@tekser/db", "@tekser/jobs", "@tekser/server", "@prisma/*", "pg", "pg-boss"];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "packages/db/src/generated/**",
      "e2e/playwright-report/**",
      "e2e/test-results/**",
      "data/**",
      "**/*.mjs",
      "**/*.cjs",
      "eslint.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The programs `pnpm typecheck` builds (scripts/typecheck.sh), not one per package: a file
      // that tsc does not check fails here. The first that holds a file types it: ingest's own, with
      // the DOM types its HTML parsers need, before the server-side program.
      parserOptions: {
        project: ["./packages/ingest/tsconfig.json", "./tsconfig.typecheck.json", "./apps/web/tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // Input sanitising matches control characters on purpose.
      "no-control-regex": "off",
      // A leading underscore marks a parameter or binding kept for its position or to leave it out of a rest object.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and benchmarks read JSON and use vitest's asymmetric matchers (typed `any`) on purpose.
    files: ["**/*.test.ts", "**/*.spec.ts", "**/test/**", "**/bench/**", "e2e/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The rules of hooks; the React Compiler's rules are not adopted (the build does not run the compiler).
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: SERVER_ONLY,
              message: "The web app talks to the server through tRPC types only (import type from @tekser/api).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Pure stages: what they decide must not depend on the database.
    files: ["packages/{claims,ingest,publish,audit,contracts,signing}/src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: SERVER_ONLY,
              message:
                "Pure packages never import the database or the server; their database half lives in the domain layer.",
            },
          ],
        },
      ],
    },
  },
);
