import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const cliMain = new URL("../src/main.ts", import.meta.url).pathname;

/** A directory of `count` channel posts, one a file, each with text of its own (beginning with `prefix`). */
export function postsDirectory(count: number, prefix = ""): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-posts-"));
  for (let id = 1; id <= count; id++) {
    const post = {
      update_id: id,
      channel_post: {
        message_id: id,
        chat: { id: -1001712345678, type: "channel" },
        date: 1773459000,
        text: `${prefix}Павлодарда ${id}-ші көпір ашылды, деп хабарлады әкімдік.`,
      },
    };
    writeFileSync(path.join(dir, `${String(id).padStart(5, "0")}.json`), JSON.stringify(post));
  }
  return dir;
}

/** A database given by URLs, or the embedded cluster under a data directory. */
export type CliDatabase =
  { databaseUrl: string; migrationDatabaseUrl: string } | { dataDir: string; embeddedPort: number };

function databaseEnv(database: CliDatabase): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, MIGRATION_DATABASE_URL: _owner, ...rest } = process.env;
  return "dataDir" in database
    ? { ...rest, TEKSER_DATA_DIR: database.dataDir, TEKSER_EMBEDDED_PG_PORT: String(database.embeddedPort) }
    : { ...rest, DATABASE_URL: database.databaseUrl, MIGRATION_DATABASE_URL: database.migrationDatabaseUrl };
}

/** `tekser ingest <dir>` in a process of its own, as an operator runs it. */
export function tekserIngest(dir: string, database: CliDatabase) {
  const child = spawn(process.execPath, ["--import", "tsx", cliMain, "ingest", dir], { env: databaseEnv(database) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}
