import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "./client.ts";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate.ts";
import { connectionAs, ensureLoginRole, grantApplicationRole } from "./app-role.ts";

export const TEST_TEMPLATE_DATABASE = "tekser_test_template";

/**
 * A non-owner login role granted on the template (so on every test database) as the server
 * grants its application role. Roles are cluster-wide: a fixed password keeps concurrent runs
 * against one shared test server from resetting it under each other.
 */
const TEST_APP_ROLE = { name: "tekser_test_app", password: "tekser-test-app" } as const;

/**
 * For vitest `globalSetup`: a PostgreSQL server for the test run (TEST_DATABASE_SERVER_URL, e.g.
 * postgresql://user:pw@host:5432, or else a throw-away embedded cluster) with a migrated template
 * database that each test file clones.
 */
export async function startTestServer(): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_SERVER_URL;
  let serverUrl: string;
  let stop = (): Promise<void> => Promise.resolve();
  if (external) {
    serverUrl = external.replace(/\/$/, "");
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-test-pg-"));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres" });
    serverUrl = embedded.serverUrl;
    stop = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await dropDatabase(serverUrl, TEST_TEMPLATE_DATABASE);
  await ensureDatabase(serverUrl, TEST_TEMPLATE_DATABASE);
  await migrateDatabase(`${serverUrl}/${TEST_TEMPLATE_DATABASE}`);
  await ensureLoginRole(`${serverUrl}/postgres`, TEST_APP_ROLE.name, TEST_APP_ROLE.password);
  await grantApplicationRole(`${serverUrl}/${TEST_TEMPLATE_DATABASE}`, TEST_APP_ROLE.name);
  return { serverUrl, stop };
}

/**
 * A fresh, migrated database for one test file, cloned from the template: `url` connects as the
 * owner, `appUrl` as a granted application role.
 */
export async function createTestDatabase(
  serverUrl: string,
): Promise<{ url: string; appUrl: string; db: Db; drop(): Promise<void> }> {
  const name = `tekser_test_${randomUUID().replaceAll("-", "")}`;
  await ensureDatabase(serverUrl, name, TEST_TEMPLATE_DATABASE);
  const url = `${serverUrl}/${name}`;
  const db = createDb(url);
  return {
    url,
    appUrl: connectionAs(url, TEST_APP_ROLE.name, TEST_APP_ROLE.password),
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
