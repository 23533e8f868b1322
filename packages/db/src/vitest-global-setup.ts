import { acquireShared } from "./shared-per-process.ts";
import { startTestServer } from "./testing.ts";
import type {} from "vitest";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/**
 * One PostgreSQL server per test run; each test file clones a migrated template database. The
 * root `projects` config runs every package's global setup in one process: they share the
 * server, so the cluster starts and the template is migrated once, and the last project to
 * finish stops it.
 */
export default async function setup(project: TestProject) {
  const server = await acquireShared("tekser.vitestTestServer", startTestServer);
  project.provide("databaseServerUrl", server.resource.serverUrl);
  return () => server.release();
}
