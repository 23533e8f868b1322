import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectionAs } from "./app-role.ts";
import { openDatabase } from "./database.ts";
// Brings in the ProvidedContext typing of `databaseServerUrl`.
import type {} from "./vitest-global-setup.ts";

/**
 * The README's recipe on the run's PostgreSQL server (in CI's second pass, Debian's): a database
 * owned by a plain login role that applies migrations (MIGRATION_DATABASE_URL), and a second
 * login role the application connects as (DATABASE_URL).
 */
const serverUrl = inject("databaseServerUrl");
const suffix = randomBytes(4).toString("hex");
const names = { database: `tekser_recipe_${suffix}`, owner: `tekser_owner_${suffix}`, app: `tekser_app_${suffix}` };
const password = "recipe-password";
const ownerUrl = connectionAs(`${serverUrl}/${names.database}`, names.owner, password);
const appUrl = connectionAs(`${serverUrl}/${names.database}`, names.app, password);
const superuserUrl = `${serverUrl}/${names.database}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-recipe-"));
const open = (databaseUrl: string, migrationDatabaseUrl?: string) =>
  openDatabase({ databaseUrl, migrationDatabaseUrl, dataDir, embeddedPort: 0 });

async function asSuperuser(...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await asSuperuser(
    `CREATE ROLE ${names.owner} LOGIN PASSWORD '${password}'`,
    `CREATE ROLE ${names.app} LOGIN PASSWORD '${password}'`,
    `CREATE DATABASE ${names.database} OWNER ${names.owner}`,
  );
});

afterAll(async () => {
  await asSuperuser(
    `DROP DATABASE IF EXISTS ${names.database} WITH (FORCE)`,
    `DROP ROLE IF EXISTS ${names.app}`,
    `DROP ROLE IF EXISTS ${names.owner}`,
  );
});

describe("[DB][ROLES] an external database: the owner migrates, the application runs as a non-owner", () => {
  it("refuses DATABASE_URL alone, saying MIGRATION_DATABASE_URL is needed", async () => {
    await expect(open(appUrl)).rejects.toThrow(/MIGRATION_DATABASE_URL is not set/);
  });

  it("migrates as the owner and connects as the application role, which cannot switch the audit triggers off", async () => {
    const database = await open(appUrl, ownerUrl);
    expect(database.url).toBe(appUrl);
    const app = new pg.Client({ connectionString: database.url });
    await app.connect();
    try {
      expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows).toEqual([{ n: 0 }]);
      await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
      await database.close();
    }
  });

  it("refuses the owner as the application's connection, with or without MIGRATION_DATABASE_URL", async () => {
    await expect(open(ownerUrl)).rejects.toThrow(
      new RegExp(`connects as "${names.owner}", which owns the audit tables, and MIGRATION_DATABASE_URL is not set`),
    );
    await expect(open(ownerUrl, ownerUrl)).rejects.toThrow(
      new RegExp(`connects as "${names.owner}", which owns the audit tables: it could disable`),
    );
  });

  it("refuses a superuser as the application's connection", async () => {
    await expect(open(superuserUrl)).rejects.toThrow(/a superuser, and MIGRATION_DATABASE_URL is not set/);
    await expect(open(superuserUrl, ownerUrl)).rejects.toThrow(
      /a superuser: it could disable the audit log's append-only triggers/,
    );
  });
});
