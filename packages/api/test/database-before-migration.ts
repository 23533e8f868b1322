import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { migrateDatabase } from "@tekser/db";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/**
 * Runs `check` on a new database migrated up to, not including, `migration`: it writes rows as
 * the code of then did, calls `migrateRest`, and reads what the migration made of them. The
 * database is dropped afterwards.
 */
export async function withDatabaseBefore(
  migration: string,
  check: (client: pg.Client, migrateRest: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const serverUrl = inject("databaseServerUrl");
  const name = `tekser_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const before = mkdtempSync(path.join(os.tmpdir(), "tekser-migrations-"));
  cpSync(MIGRATIONS, before, {
    recursive: true,
    filter: (source) => (path.relative(MIGRATIONS, source).split(path.sep)[0] ?? "") < migration,
  });
  const url = `${serverUrl}/${name}`;
  const client = new pg.Client({ connectionString: url });
  try {
    await migrateDatabase(url, before);
    await client.connect();
    await check(client, async () => {
      await migrateDatabase(url);
    });
  } finally {
    await client.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(before, { recursive: true, force: true });
  }
}
