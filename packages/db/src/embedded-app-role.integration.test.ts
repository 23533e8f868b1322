import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "./database.ts";
import { freePort } from "./testing.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-app-role-"));
let database: OpenedDatabase;
let app: pg.Client;

beforeAll(async () => {
  database = await openDatabase({ dataDir, embeddedPort: await freePort() });
  app = new pg.Client({ connectionString: database.url });
  await app.connect();
});

afterAll(async () => {
  await app.end();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("[DB][ROLES] the embedded database: the application connects as a role that cannot rewrite history", () => {
  it("connects as tekser_app, neither superuser nor owner, its password kept in the data dir (0600)", async () => {
    const { rows } = await app.query<{ role: string; superuser: boolean }>(
      "SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user",
    );
    expect(rows).toEqual([{ role: "tekser_app", superuser: false }]);
    expect(statSync(path.join(dataDir, "app-password")).mode & 0o777).toBe(0o600);
  });

  it("is refused switching the audit triggers off, replica mode, and changing or removing events", async () => {
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(app.query(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    for (const table of [`"AuditEvent"`, `"AuditCheckpoint"`]) {
      await expect(app.query(`UPDATE ${table} SET seq = seq`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`TRUNCATE ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it("may read and append to the audit log, and work the other tables", async () => {
    await app.query("BEGIN");
    try {
      await expect(app.query(`SELECT count(*) FROM "AuditEvent"`)).resolves.toBeDefined();
      await app.query(`INSERT INTO "AuditEvent" (seq, at, "actorName", action, "subjectType", "subjectId", "prevHash", hash)
                       VALUES (1, now(), 'test', 'test.append', 'test', 't1', 'genesis', 'h1')`);
      await app.query(
        `INSERT INTO "TeamSettings" (id, "updatedAt") VALUES ('team', now()) ON CONFLICT (id) DO UPDATE SET "lockMinutes" = 20`,
      );
      await app.query(`DELETE FROM "TeamSettings"`);
    } finally {
      await app.query("ROLLBACK");
    }
  });

  it("can neither add a key to the published key set nor read a stored private key", async () => {
    await expect(app.query(`INSERT INTO "SigningKey" (kid, "publicJwk") VALUES ('forged', '{}')`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query(`SELECT "privateKeyPem" FROM "SigningKey"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT kid, "publicJwk" FROM "SigningKey"`)).resolves.toMatchObject({ rowCount: 0 });
    await expect(app.query(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });

  it("opens again on the same data directory, twice at once (role and grants are idempotent)", async () => {
    const reopen = () => openDatabase({ dataDir, embeddedPort: Number(new URL(database.url).port) });
    const again = await Promise.all([reopen(), reopen()]);
    try {
      expect(again.map((opened) => opened.url)).toEqual([database.url, database.url]);
      await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    } finally {
      await Promise.all(again.map((opened) => opened.close()));
    }
  });
});
