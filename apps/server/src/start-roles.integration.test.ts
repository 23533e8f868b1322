import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { activeSigningKey } from "@tekser/domain";
import { createDb } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import { signingKeyFromPem, ZPublicKeySet } from "@tekser/signing";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { startTekser } from "./start.ts";

const database = useTestDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-start-roles-"));
const env = (overrides: Record<string, string>) =>
  readEnv({
    PORT: "0",
    TEKSER_DATA_DIR: dataDir,
    TEKSER_DEMO_DATA: "off",
    TEKSER_ADMIN_PASSWORD: "start-roles-admin-password",
    LOG_LEVEL: "silent",
    ...overrides,
  });

describe("[SERVER][ROLES] the server runs as the application role; the owner only migrates and prepares", () => {
  it("refuses to start connected as a superuser", async () => {
    await expect(startTekser(env({ DATABASE_URL: database.url }), () => undefined)).rejects.toThrow(
      /superuser, and MIGRATION_DATABASE_URL is not set/,
    );
  });

  it("starts with DATABASE_URL as the application role and MIGRATION_DATABASE_URL as the owner, moving a stored private key to the data dir", async () => {
    const legacy = await activeSigningKey(database.db); // an older version kept the private key in the database
    const tekser = await startTekser(
      env({ DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.url }),
      () => undefined,
    );
    try {
      const keyFile = path.join(dataDir, "signing-key.pem");
      expect(signingKeyFromPem(readFileSync(keyFile, "utf8")).kid).toBe(legacy.kid);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(await database.db.signingKey.count({ where: { privateKeyPem: { not: null } } })).toBe(0);
      const keys = ZPublicKeySet.parse(await (await fetch(`${tekser.url}/.well-known/jwks.json`)).json());
      expect(keys.keys.map((key) => key.kid)).toEqual([legacy.kid]);

      const app = createDb(database.appUrl);
      try {
        await expect(app.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(
          /must be owner/,
        );
        await expect(app.$executeRawUnsafe(`ALTER TABLE pgboss.job DISABLE TRIGGER ALL`)).rejects.toThrow(
          /must be owner/,
        );
      } finally {
        await app.$disconnect();
      }
    } finally {
      await tekser.stop();
    }
  });
});
