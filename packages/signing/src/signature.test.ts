import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSigningKey, signingKeyFromPem } from "./keys.ts";
import { canonicalJson, signValue, verifyValue } from "./signature.ts";

const notice = { id: "ntc_1", version: 2, verdict: "fake", headline: { kk: "Жалған ақпарат", ru: "Фейк" }, views: 99 };

describe("Ed25519 signatures over canonical JSON", () => {
  const { key, privateKeyPem } = generateSigningKey();
  const keySet = { keys: [key.publicJwk] };

  it("verifies a value whose keys were reordered after signing", () => {
    const signature = signValue(notice, key);
    const reordered = {
      views: 99,
      headline: { ru: "Фейк", kk: "Жалған ақпарат" },
      verdict: "fake",
      version: 2,
      id: "ntc_1",
    };
    expect(verifyValue(reordered, signature, keySet)).toEqual({ valid: true, kid: key.kid });
  });

  it("fails a copy altered in one character", () => {
    const signature = signValue(notice, key);
    const altered = { ...notice, headline: { ...notice.headline, kk: "Жалган ақпарат" } };
    expect(verifyValue(altered, signature, keySet)).toMatchObject({ valid: false, reason: "mismatch" });
  });

  it("fails a signature made by a key that is not in the set", () => {
    const other = generateSigningKey().key;
    expect(verifyValue(notice, signValue(notice, other), keySet)).toMatchObject({
      valid: false,
      reason: "unknown-key",
    });
  });

  it("fails a signature moved onto a different kid", () => {
    const other = generateSigningKey().key;
    const forged = { ...signValue(notice, other), kid: key.kid };
    expect(verifyValue(notice, forged, keySet)).toMatchObject({ valid: false, reason: "mismatch" });
  });

  it("derives the same kid from the PEM it was exported to", () => {
    expect(signingKeyFromPem(privateKeyPem).kid).toBe(key.kid);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("refuses a key that is not Ed25519, saying what it got", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" });
    expect(() => signingKeyFromPem(rsa.toString())).toThrow(/expected an Ed25519 key, got rsa/);
    expect(() => signingKeyFromPem("not a key")).toThrow(/not a PEM private key/);
  });

  it("serialises per RFC 8785: sorted keys, no whitespace, shortest numbers", () => {
    expect(canonicalJson({ b: 1.0, a: [true, null, "ы"] })).toBe('{"a":[true,null,"ы"],"b":1}');
  });
});
