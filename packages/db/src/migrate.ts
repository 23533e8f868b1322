import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

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

/**
 * Applies pending migrations from prisma/migrations with `prisma migrate deploy` (the CLI's
 * JavaScript schema engine, configured in packages/db/prisma.config.ts).
 */
export async function migrateDatabase(databaseUrl: string): Promise<string> {
  return runPrismaCli(["migrate", "deploy"], databaseUrl);
}
