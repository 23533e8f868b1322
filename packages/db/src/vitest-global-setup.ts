import { startTestServer } from "./testing.ts";
import type {} from "vitest";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/** One PostgreSQL server per test run; each test file clones a migrated template database. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("databaseServerUrl", server.serverUrl);
  return () => server.stop();
}
