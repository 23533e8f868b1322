import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TRole } from "@tekser/contracts";
import { createUser } from "@tekser/domain";
import { createDb, openDatabase } from "@tekser/db";
import { freePort } from "@tekser/db/testing";
import { readEnv } from "../src/env.ts";
import { startTekser } from "../src/start.ts";

export interface DemoTekser {
  url: string;
  user: { username: string; password: string };
  stop(): Promise<void>;
}

/**
 * Tekser as a desk first meets it, for the benchmarks: a throw-away embedded database with the
 * demo data, and one signed-up staff account of `role` to measure with; `env` adds to its settings.
 */
export async function startDemoTekser(
  name: string,
  role: TRole,
  env: Record<string, string> = {},
): Promise<DemoTekser> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `tekser-bench-${name}-`));
  const embeddedPort = await freePort();
  const database = await openDatabase({ dataDir, embeddedPort, log: () => undefined });
  const port = await freePort();
  const tekser = await startTekser(
    readEnv({
      TEKSER_DATA_DIR: dataDir,
      TEKSER_EMBEDDED_PG_PORT: String(embeddedPort),
      PORT: String(port),
      TEKSER_DEMO_DATA: "on",
      LOG_LEVEL: "warn",
      ...env,
    }),
    () => undefined,
  );
  const user = { username: `bench-${role}`, password: "bench-password-for-tekser" };
  const db = createDb(database.url);
  await createUser(db, { ...user, displayName: `Bench ${role}`, role, locale: "kk" });
  await db.$disconnect();
  return {
    url: tekser.url,
    user,
    async stop() {
      await tekser.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
