import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { applyMigrations } from "./apply-migrations.ts";
import { MIGRATIONS_DIR, pendingMigrations } from "./pending-migrations.ts";

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, "..");

/**
 * The environment of every Prisma CLI run. CHECKPOINT_DISABLE stops the CLI's update check, which
 * resolves and calls checkpoint.prisma.io on each run: offline that lookup stalled every start and
 * command for about ten seconds, online it reports this installation to Prisma.
 */
export function prismaCliEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
}

/** Runs the Prisma CLI (configured in packages/db/prisma.config.ts) against `databaseUrl`; resolves to its output. */
async function runPrismaCli(args: readonly string[], databaseUrl: string): Promise<string> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const { stdout } = await run(process.execPath, [prismaCli, ...args], {
    cwd: packageDir,
    env: prismaCliEnvironment(databaseUrl),
  });
  return stdout;
}

export const UP_TO_DATE_MESSAGE =
  "All migrations are applied: read from _prisma_migrations, the Prisma CLI was not needed.";

/**
 * Applies pending migrations from `migrationsDir` (prisma/migrations), each in one transaction
 * with its `_prisma_migrations` row (apply-migrations.ts), so an interrupted or failed start
 * leaves nothing half-applied and the next start carries on. When `_prisma_migrations` already
 * records every folder, unchanged, it only reads that table. A `schema` parameter in the URL moves
 * the tables out of the search path: that case is left to `prisma migrate deploy`.
 */
export async function migrateDatabase(databaseUrl: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string> {
  if (new URL(databaseUrl).searchParams.has("schema")) return runPrismaCli(["migrate", "deploy"], databaseUrl);
  const pending = await pendingMigrations(databaseUrl, migrationsDir).catch(() => null);
  if (pending?.length === 0) return UP_TO_DATE_MESSAGE;
  const applied = await applyMigrations(databaseUrl, migrationsDir);
  return applied.length === 0
    ? "No migration to apply."
    : `Applied ${applied.length} migration(s), each in one transaction: ${applied.join(", ")}`;
}
