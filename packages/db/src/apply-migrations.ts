import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { appliedMigrations, MIGRATIONS_DIR, migrationFolders, type AppliedMigration } from "./pending-migrations.ts";

/** The advisory lock Prisma's schema engine holds while it migrates: a start and a `prisma migrate` never interleave. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own table, as its schema engine creates it, so `prisma migrate status` and `resolve` keep working. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies the folders of `migrationsDir` that have no finished row in `_prisma_migrations`, in
 * name order, each in one transaction together with its row. A start killed halfway (Ctrl-C, a
 * crash) or a failing statement leaves nothing of that migration behind, not even a row, so the
 * next start simply applies it again. (The Prisma CLI's JavaScript schema engine runs a script
 * statement by statement, each committed on its own, and records an unfinished row first: an
 * interruption left half a migration and a row that stopped every later start with P3009.)
 * Resolves to the names it applied.
 */
export async function applyMigrations(databaseUrl: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "tekser-migrate" });
  // A dropped connection rejects the pending query; without a listener its 'error' event would end the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const rows = await appliedMigrations(client);
    const unfinished = rows.filter((row) => !row.finished && !row.rolled_back);
    if (unfinished.length > 0) throw new Error(unfinishedMessage(unfinished));
    const done = new Set(rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.migration_name));
    const applied: string[] = [];
    for (const [name, checksum] of migrationFolders(migrationsDir)) {
      if (done.has(name)) continue;
      await applyOne(client, name, checksum, readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
      applied.push(name);
    }
    return applied;
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end().catch(() => undefined);
  }
}

async function applyOne(client: pg.Client, name: string, checksum: string, script: string): Promise<void> {
  await client.query("BEGIN");
  try {
    // A query without parameters goes as one simple query: PostgreSQL runs every statement in it.
    await client.query(script);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), checksum, name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Migration ${name} failed and was rolled back: nothing of it is in the database, and the next start applies it again. ` +
        `PostgreSQL said: ${reason}`,
      { cause: error },
    );
  }
}

/**
 * An unfinished row can only come from the Prisma CLI (an earlier version of this start, or a
 * `prisma migrate deploy` by hand): it applied part of the migration, statement by statement, and
 * nothing says which part. Only a person can tell, so the start stops and says how.
 */
function unfinishedMessage(rows: readonly AppliedMigration[]): string {
  const names = rows.map((row) => `${row.migration_name} (started ${row.started_at.toISOString()})`).join(", ");
  const first = rows[0]?.migration_name ?? "";
  return [
    `The database holds an unfinished migration: ${names}. The Prisma CLI was interrupted or failed while applying it,`,
    `statement by statement, so part of it may be in the database.`,
    `If this database holds nothing you need yet (an interrupted first start with the embedded database), stop Tekser,`,
    `delete its data directory (TEKSER_DATA_DIR, default ./data) and start again.`,
    `Otherwise compare the database with prisma/migrations/${first}/migration.sql, undo the part that was applied, then run`,
    `\`DATABASE_URL=<owner url> npx prisma migrate resolve --rolled-back ${first}\` in packages/db and start again: the start applies`,
    `the migration in one transaction. (If you completed it by hand instead, use \`--applied ${first}\`.)`,
  ].join("\n");
}
