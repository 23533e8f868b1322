import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The migration folders, as prisma.config.ts names them for the CLI. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished: boolean;
  rolled_back: boolean;
  started_at: Date;
}

/**
 * The migrations that keep the database from being up to date with the folders in `migrationsDir`:
 * a folder with no finished row in `_prisma_migrations`, or whose migration.sql no longer matches
 * the checksum Prisma recorded (the SHA-256 hex of the file), a failed row, or a row no folder
 * has. Empty: `prisma migrate deploy` would do nothing. Anything else is left to the CLI, which
 * applies, reports failures and drift exactly as Prisma does.
 */
export async function pendingMigrations(
  databaseUrl: string,
  migrationsDir: string = MIGRATIONS_DIR,
): Promise<string[]> {
  const folders = migrationFolders(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied = await appliedMigrations(client).finally(() => client.end());
  const pending: string[] = [];
  for (const [name, checksum] of folders) {
    const rows = applied.filter((row) => row.migration_name === name && !row.rolled_back);
    const matches = rows.some((row) => row.finished && row.checksum === checksum);
    const failed = rows.some((row) => !row.finished);
    if (!matches || failed) pending.push(name);
  }
  for (const row of applied) {
    const unknown = !folders.has(row.migration_name);
    const failed = !row.finished && !row.rolled_back;
    if ((unknown || failed) && !pending.includes(row.migration_name)) pending.push(row.migration_name);
  }
  return pending;
}

/** Each folder's name and its migration.sql's SHA-256 hex, in the order Prisma applies them. */
export function migrationFolders(migrationsDir: string): Map<string, string> {
  const folders = new Map<string, string>();
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const script = path.join(migrationsDir, name, "migration.sql");
    if (existsSync(script)) folders.set(name, createHash("sha256").update(readFileSync(script)).digest("hex"));
  }
  return folders;
}

/** The rows of `_prisma_migrations`; none before the first migration created the table. */
export async function appliedMigrations(client: pg.Client): Promise<AppliedMigration[]> {
  const table = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`,
  );
  if (!table.rows[0]?.exists) return [];
  const { rows } = await client.query<AppliedMigration>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, started_at
     FROM _prisma_migrations ORDER BY started_at`,
  );
  return rows;
}
