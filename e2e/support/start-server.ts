import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createUser } from "@tekser/domain";
import { createDb, openDatabase } from "@tekser/db";
import { freePort } from "@tekser/db/testing";
import { readEnv, startTekser } from "@tekser/server";
import { E2E_DATABASE_URL_FILE } from "./database.ts";
import { E2E_NEWCOMER, E2E_PASSWORD, E2E_USERS } from "./users.ts";

// A throw-away embedded database with one account per role and no demo data, so the
// walk-through sees its own ingest as new. Opened as the servers open it (the application role),
// and kept running for both instances, which share its data directory.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-e2e-"));
const embeddedPort = await freePort();
const database = await openDatabase({ dataDir, embeddedPort });
if (database.embedded) writeFileSync(E2E_DATABASE_URL_FILE, database.embedded.url, { mode: 0o600 });
const db = createDb(database.url);
for (const [role, user] of Object.entries(E2E_USERS)) {
  await createUser(db, { ...user, role: role as keyof typeof E2E_USERS, password: E2E_PASSWORD, locale: "en" });
}
await createUser(db, { ...E2E_NEWCOMER, password: E2E_PASSWORD, locale: "en", mustChangePassword: true });
await db.$disconnect();

// Every reader of the suite is one address, 127.0.0.1: the per-client allowance (tested in the
// server's own tests) is off here, or a long walk of public pages would be refused.
const env = (port: string) =>
  readEnv({
    TEKSER_DATA_DIR: dataDir,
    TEKSER_EMBEDDED_PG_PORT: String(embeddedPort),
    PORT: port,
    TEKSER_DEMO_DATA: "off",
    TEKSER_ALLOW_PRIVATE_URLS: "on",
    TEKSER_ADMIN_PASSWORD: E2E_PASSWORD,
    TEKSER_PUBLIC_RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
  });
// A second instance on the same database (realtime specs watch changes cross between them),
// started first so it is up by the time Playwright sees the main instance's /healthz.
const second = await startTekser(env(process.env.TEKSER_E2E_PORT_2 ?? "3927"));
const tekser = await startTekser(env(process.env.TEKSER_E2E_PORT ?? "3917"));

async function shutdown() {
  await second.stop();
  await tekser.stop();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(E2E_DATABASE_URL_FILE, { force: true });
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown());
process.once("SIGINT", () => void shutdown());
