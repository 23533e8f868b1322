import { afterAll, beforeAll, inject } from "vitest";
import type { Db } from "./client.ts";
import { createTestDatabase } from "./testing.ts";
// Brings in the ProvidedContext typing of `databaseServerUrl`.
import type {} from "./vitest-global-setup.ts";

/**
 * A fresh migrated database for the calling test file (cloned from the run's template by the
 * global setup in vitest-global-setup.ts), dropped after the file's tests.
 */
export function useTestDatabase(): { readonly db: Db; readonly url: string; readonly appUrl: string } {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject("databaseServerUrl"));
  });
  afterAll(async () => database?.drop());
  const current = () => {
    if (!database) throw new Error("the test database is created in beforeAll; use it inside a test");
    return database;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
    /** The same database as a non-owner application role (see testing.ts). */
    get appUrl() {
      return current().appUrl;
    },
  };
}
