import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { pendingMigrations } from "./pending-migrations.ts";

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
export async function runPrismaCli(args: readonly string[], databaseUrl: string): Promise<string> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const { stdout } = await run(process.execPath, [prismaCli, ...args], { cwd: packageDir, env: prismaCliEnvironment(databaseUrl) });
  return stdout;
}

export const UP_TO_DATE_MESSAGE = "All migrations are applied: read from _prisma_migrations, the Prisma CLI was not needed.";

/**
 * Applies pending migrations from prisma/migrations with `prisma migrate deploy` (the CLI's
 * JavaScript schema engine, configured in packages/db/prisma.config.ts). A no-op deploy still
 * costs the CLI's start, about 12 s on a 2-core machine, on every server start and command: when
 * `_prisma_migrations` already records every folder, unchanged, the CLI is not run.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string> {
  if (await isUpToDate(databaseUrl)) return UP_TO_DATE_MESSAGE;
  return runPrismaCli(["migrate", "deploy"], databaseUrl);
}

/**
 * Any doubt leaves the decision to the CLI: a connection it cannot open here (the CLI then says
 * why in Prisma's words), or a `schema` parameter, which moves the table out of the search path.
 */
async function isUpToDate(databaseUrl: string): Promise<boolean> {
  if (new URL(databaseUrl).searchParams.has("schema")) return false;
  const pending = await pendingMigrations(databaseUrl).catch(() => null);
  return pending !== null && pending.length === 0;
}
