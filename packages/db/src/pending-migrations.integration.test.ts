import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, UP_TO_DATE_MESSAGE } from "./migrate.ts";
import { MIGRATIONS_DIR, pendingMigrations } from "./pending-migrations.ts";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();
const newest = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1)!;
const copies = mkdtempSync(path.join(os.tmpdir(), "tekser-migrations-"));
let owner: pg.Client;

/** A copy of the migration folders, changed by `edit`, for one test. */
function migrationsCopy(name: string, edit: (dir: string) => void): string {
  const dir = path.join(copies, name);
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

beforeAll(async () => {
  owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
});

afterAll(async () => {
  await owner.end();
  rmSync(copies, { recursive: true, force: true });
});

describe("[DB][MIGRATE] deciding without the Prisma CLI whether migrations are pending", () => {
  it("finds none on a database the CLI migrated, so start-up skips the CLI", async () => {
    expect(await pendingMigrations(database.url)).toEqual([]);
    expect(await migrateDatabase(database.url)).toBe(UP_TO_DATE_MESSAGE);
  });

  it("names a migration folder the database has not applied", async () => {
    const dir = migrationsCopy("new-folder", (copy) => {
      cpSync(path.join(copy, newest), path.join(copy, "29991231000000_not_applied"), { recursive: true });
    });
    expect(await pendingMigrations(database.url, dir)).toEqual(["29991231000000_not_applied"]);
  });

  it("names a migration whose migration.sql changed after it was applied", async () => {
    const dir = migrationsCopy("changed-sql", (copy) =>
      writeFileSync(path.join(copy, newest, "migration.sql"), "-- changed\n", { flag: "a" }),
    );
    expect(await pendingMigrations(database.url, dir)).toEqual([newest]);
  });

  // These two change the database itself: they run last, on this file's own clone.
  it("names the newest migration when the database has no record of it", async () => {
    await owner.query("DELETE FROM _prisma_migrations WHERE migration_name = $1", [newest]);
    expect(await pendingMigrations(database.url)).toEqual([newest]);
  });

  it("names a migration with a failed attempt on record, though an earlier attempt finished", async () => {
    const { rows } = await owner.query<{ migration_name: string }>(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count, logs)
       SELECT gen_random_uuid()::text, checksum, migration_name, now(), 0, 'failed'
       FROM _prisma_migrations ORDER BY migration_name LIMIT 1 RETURNING migration_name`,
    );
    expect(await pendingMigrations(database.url)).toEqual([rows[0]!.migration_name, newest]);
  });
});
