import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ensureDatabase } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate.ts";
import { MIGRATIONS_DIR, migrationFolders, pendingMigrations } from "./pending-migrations.ts";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();
const newest = [...migrationFolders(MIGRATIONS_DIR).keys()].at(-1)!;
const copies = mkdtempSync(path.join(os.tmpdir(), "tekser-migrations-"));
afterAll(() => rmSync(copies, { recursive: true, force: true }));

/** Runs `query` until it returns true, or fails after `ms` (a safeguard, not a measure). */
async function until(client: pg.Client, query: string, params: unknown[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const { rows } = await client.query<{ ok: boolean }>(query, params);
    if (rows[0]?.ok) return;
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms: ${query}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A start's migration step in its own process group, as `pnpm start` runs it (Ctrl-C reaches the whole group). */
function migrateInChildProcess(url: string) {
  const migrateModule = pathToFileURL(path.join(import.meta.dirname, "migrate.ts")).href;
  const code = "const { migrateDatabase } = await import(process.argv[1]); await migrateDatabase(process.argv[2]);";
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, migrateModule, url], {
    cwd: import.meta.dirname,
    detached: true,
    stdio: "ignore",
  });
  return { kill: () => process.kill(-child.pid!, "SIGKILL") };
}

describe("[DB][MIGRATE] a start interrupted while it migrates", () => {
  it("leaves nothing of the migration it was killed in, and the next start applies every migration", async () => {
    const serverUrl = inject("databaseServerUrl");
    const name = `tekser_test_interrupted_${randomUUID().replaceAll("-", "")}`;
    await ensureDatabase(serverUrl, name);
    const url = `${serverUrl}/${name}`;
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    // pg_stat_activity is read once per transaction: the blocker's open one would see it frozen.
    const observer = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await observer.connect();
    try {
      // An uncommitted table of the same name holds the first migration at its CREATE TABLE
      // "User", after its CREATE TYPEs: the start is killed in the middle of a migration.
      await blocker.query(`BEGIN; CREATE TABLE "User" (id int)`);
      const start = migrateInChildProcess(url);
      await until(
        observer,
        `SELECT count(*) > 0 AS ok FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
        [name],
        90_000,
      );
      start.kill();
      await blocker.query("ROLLBACK");
      const blockerPid = (await blocker.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      await until(
        observer,
        `SELECT count(*) = 0 AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> $2`,
        [name, blockerPid],
        30_000,
      );

      const left = await blocker.query<{ role_type: string | null; rows: string }>(
        `SELECT to_regtype('"Role"')::text AS role_type, (SELECT count(*) FROM _prisma_migrations)::text AS rows`,
      );
      expect(left.rows[0]).toEqual({ role_type: null, rows: "0" });

      await migrateDatabase(url);
      expect(await pendingMigrations(url)).toEqual([]);
    } finally {
      await blocker.end();
      await observer.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await observer.end();
    }
  });

  it("stops at an unfinished migration the Prisma CLI left, naming it and saying how to go on", async () => {
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    try {
      // What an interrupted `prisma migrate deploy` leaves: a row without finished_at.
      await owner.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
         SELECT gen_random_uuid()::text, checksum, migration_name, now(), 0 FROM _prisma_migrations WHERE migration_name = $1`,
        [newest],
      );
      const failure = migrateDatabase(database.url);
      await expect(failure).rejects.toThrow(`unfinished migration: ${newest}`);
      await expect(failure).rejects.toThrow(`npx prisma migrate resolve --rolled-back ${newest}`);
    } finally {
      await owner.query("DELETE FROM _prisma_migrations WHERE finished_at IS NULL");
      await owner.end();
    }
  });

  it("rolls a failing migration back whole, and applies it at the next start once it is fixed", async () => {
    const dir = path.join(copies, "broken");
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = "29991231000000_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "Broken" (id int);\nSELECT 1 / 0;\n`);
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    try {
      await expect(migrateDatabase(database.url, dir)).rejects.toThrow(
        `Migration ${broken} failed and was rolled back`,
      );
      const left = await owner.query(
        `SELECT to_regclass('"Broken"')::text AS broken, (SELECT count(*) FROM _prisma_migrations WHERE migration_name = $1)::text AS rows`,
        [broken],
      );
      expect(left.rows[0]).toEqual({ broken: null, rows: "0" });

      writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "Broken" (id int);\n`);
      await migrateDatabase(database.url, dir);
      expect(await pendingMigrations(database.url, dir)).toEqual([]);
      expect((await owner.query(`SELECT to_regclass('"Broken"')::text AS broken`)).rows[0]).toEqual({
        broken: '"Broken"',
      });
    } finally {
      await owner.end();
    }
  });
});
