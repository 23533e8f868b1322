import { sign, verify } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { publicKeyFromJwk, type SigningKey, type TPublicKeySet } from "./keys.ts";

/** A signature carried next to the JSON it signs (a notice version, an audit checkpoint). */
export const ZDetachedSignature = z.object({
  alg: z.literal("Ed25519"),
  kid: z.string().min(1),
  /** base64url Ed25519 signature over the RFC 8785 canonical JSON of the signed value. */
  sig: z.string().regex(/^[A-Za-z0-9_-]{86}$/, "sig must be a 64-byte base64url Ed25519 signature"),
});
export type TDetachedSignature = z.infer<typeof ZDetachedSignature>;

export type SignatureCheck =
  { valid: true; kid: string } | { valid: false; reason: "unknown-key" | "mismatch"; message: string };

/**
 * RFC 8785 (JCS) canonical JSON: key order and number formatting are fixed, so the same value
 * serialises to the same bytes in any language, and a signature survives re-serialisation.
 */
export function canonicalJson(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error("cannot sign a value that has no JSON form");
  return canonical;
}

export function signValue(value: unknown, key: SigningKey): TDetachedSignature {
  const sig = sign(null, Buffer.from(canonicalJson(value), "utf8"), key.privateKey).toString("base64url");
  return { alg: "Ed25519", kid: key.kid, sig };
}

export function verifyValue(value: unknown, signature: TDetachedSignature, keySet: TPublicKeySet): SignatureCheck {
  const jwk = keySet.keys.find((candidate) => candidate.kid === signature.kid);
  if (!jwk) {
    return { valid: false, reason: "unknown-key", message: `no public key with kid ${signature.kid} in the key set` };
  }
  const ok = verify(
    null,
    Buffer.from(canonicalJson(value), "utf8"),
    publicKeyFromJwk(jwk),
    Buffer.from(signature.sig, "base64url"),
  );
  return ok
    ? { valid: true, kid: jwk.kid }
    : {
        valid: false,
        reason: "mismatch",
        message: "the signature does not match the content: it was altered or signed by another key",
      };
}
