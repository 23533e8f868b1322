import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, grantApplicationRole, inspectConnectionRole } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import { generateSigningKey, signingKeyFromPem, signValue, verifyValue } from "@tekser/signing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSigningKey } from "./signing-key-store.ts";
import { activeSigningKey, publicKeySet } from "./signing-keys.ts";

const database = useTestDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-signing-key-"));
let app: pg.Client;

beforeAll(async () => {
  await grantApplicationRole(database.url, (await inspectConnectionRole(database.appUrl)).role);
  app = new pg.Client({ connectionString: database.appUrl });
  await app.connect();
});
afterAll(async () => app.end());

describe("[SIGNING][ROLES] the signing key lives outside the database", () => {
  it("moves a private key an older version stored in the database to the key file and erases it there", async () => {
    const legacy = await activeSigningKey(database.db); // as an older version did: generated and stored in the table
    const signed = signValue({ notice: "before" }, legacy);
    const keyFile = path.join(dir, "moved.pem");
    const pem = await prepareSigningKey(database.db, { keyFile });
    expect(signingKeyFromPem(pem).kid).toBe(legacy.kid);
    expect(readFileSync(keyFile, "utf8").trim()).toBe(pem.trim());
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await database.db.signingKey.count({ where: { privateKeyPem: { not: null } } })).toBe(0);
    expect(verifyValue({ notice: "before" }, signed, await publicKeySet(database.db)).valid).toBe(true);
  });

  it("generates a key file on first start, publishes its public half once, and keeps it across starts", async () => {
    const keyFile = path.join(dir, "fresh.pem");
    const [first, second] = await Promise.all([
      prepareSigningKey(database.db, { keyFile }),
      prepareSigningKey(database.db, { keyFile }),
    ]);
    expect(second).toBe(first);
    expect(await prepareSigningKey(database.db, { keyFile })).toBe(first);
    const kid = signingKeyFromPem(first).kid;
    expect((await publicKeySet(database.db)).keys.map((key) => key.kid)).toContain(kid);
    expect(await database.db.auditEvent.count({ where: { action: "signing_key.registered", subjectId: kid } })).toBe(1);
    expect(await database.db.signingKey.count({ where: { privateKeyPem: { not: null } } })).toBe(0);
  });

  it("uses TEKSER_SIGNING_KEY when given, without writing a key file", async () => {
    const { key, privateKeyPem } = generateSigningKey();
    const keyFile = path.join(dir, "unused.pem");
    expect(await prepareSigningKey(database.db, { configuredPem: privateKeyPem, keyFile })).toBe(privateKeyPem);
    expect(() => statSync(keyFile)).toThrow(/ENOENT/);
    expect((await publicKeySet(database.db)).keys.map((jwk) => jwk.kid)).toContain(key.kid);
  });

  it("lets the application role sign with a published key, but neither add a key nor read a private half", async () => {
    const appDb = createDb(database.appUrl);
    try {
      const published = await prepareSigningKey(database.db, { keyFile: path.join(dir, "fresh.pem") });
      expect((await activeSigningKey(appDb, published)).kid).toBe(signingKeyFromPem(published).kid);
      expect((await publicKeySet(appDb)).keys.length).toBeGreaterThan(0);
      await expect(activeSigningKey(appDb, generateSigningKey().privateKeyPem)).rejects.toThrow(/permission denied/);
      await expect(app.query(`INSERT INTO "SigningKey" (kid, "publicJwk") VALUES ('forged', '{}')`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query(`SELECT "privateKeyPem" FROM "SigningKey"`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`UPDATE "SigningKey" SET "retiredAt" = now()`)).rejects.toThrow(/permission denied/);
    } finally {
      await appDb.$disconnect();
    }
  });
});
