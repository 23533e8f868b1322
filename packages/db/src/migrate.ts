import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const packageDir = path.resolve(import.meta.dirname, "..");

/**
 * Applies pending migrations from prisma/migrations with `prisma migrate deploy` (the CLI's
 * JavaScript schema engine, configured in packages/db/prisma.config.ts).
 */
export async function migrateDatabase(databaseUrl: string): Promise<string> {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const { stdout } = await run(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  return stdout;
}
