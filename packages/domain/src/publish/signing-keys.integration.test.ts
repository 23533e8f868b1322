import { useTestDatabase } from "@tekser/db/vitest";
import { generateSigningKey, signValue, verifyValue } from "@tekser/signing";
import { describe, expect, it } from "vitest";
import { activeSigningKey, publicKeySet } from "./signing-keys.ts";

const database = useTestDatabase();

describe("signing keys", () => {
  it("creates one key for concurrent first callers and publishes its public half", async () => {
    const keys = await Promise.all([
      activeSigningKey(database.db),
      activeSigningKey(database.db),
      activeSigningKey(database.db),
    ]);
    expect(new Set(keys.map((key) => key.kid)).size).toBe(1);
    const set = await publicKeySet(database.db);
    expect(set.keys.map((key) => key.kid)).toEqual([keys[0].kid]);
    expect(JSON.stringify(set)).not.toContain("PRIVATE");
    const signature = signValue({ notice: 1 }, keys[0]);
    expect(verifyValue({ notice: 1 }, signature, set).valid).toBe(true);
    const created = await database.db.auditEvent.findMany({ where: { action: "signing_key.created" } });
    expect(created).toHaveLength(1);
  });

  it("uses a configured key without storing its private half", async () => {
    const { key, privateKeyPem } = generateSigningKey();
    expect((await activeSigningKey(database.db, privateKeyPem)).kid).toBe(key.kid);
    const row = await database.db.signingKey.findUniqueOrThrow({ where: { kid: key.kid } });
    expect(row.privateKeyPem).toBeNull();
    expect((await publicKeySet(database.db)).keys.map((jwk) => jwk.kid)).toContain(key.kid);
  });
});
