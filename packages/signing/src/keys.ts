import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";

/** An Ed25519 public key as a JSON Web Key (RFC 8037), the form served in the public key set. */
export const ZPublicJwk = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "x must be a 32-byte base64url Ed25519 public key"),
  kid: z.string().min(1),
  alg: z.literal("EdDSA").optional(),
  use: z.literal("sig").optional(),
});
export type TPublicJwk = z.infer<typeof ZPublicJwk>;

export const ZPublicKeySet = z.object({ keys: z.array(ZPublicJwk) });
export type TPublicKeySet = z.infer<typeof ZPublicKeySet>;

export interface SigningKey {
  /** RFC 7638 thumbprint of the public key: stable, and derivable by anyone holding the key. */
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: TPublicJwk;
}

export function generateSigningKey(): { key: SigningKey; privateKeyPem: string } {
  const { privateKey } = generateKeyPairSync("ed25519");
  return {
    key: signingKeyFromPrivate(privateKey),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

/** Reads a PKCS#8 PEM Ed25519 private key; anything else is refused with the reason. */
export function signingKeyFromPem(privateKeyPem: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new Error(`signing key: not a PEM private key (${(error as Error).message})`, { cause: error });
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new Error(`signing key: expected an Ed25519 key, got ${privateKey.asymmetricKeyType ?? "unknown"}`);
  }
  return signingKeyFromPrivate(privateKey);
}

function signingKeyFromPrivate(privateKey: KeyObject): SigningKey {
  const { x } = createPublicKey(privateKey).export({ format: "jwk" });
  if (!x) throw new Error("signing key: the public key has no x coordinate");
  const kid = jwkThumbprint(x);
  return { kid, privateKey, publicJwk: { kty: "OKP", crv: "Ed25519", x, kid, alg: "EdDSA", use: "sig" } };
}

export function publicKeyFromJwk(jwk: TPublicJwk): KeyObject {
  return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
}

/** RFC 7638: SHA-256 over the canonical JSON of the required members, base64url. */
function jwkThumbprint(x: string): string {
  const members = canonicalize({ crv: "Ed25519", kty: "OKP", x }) as string;
  return createHash("sha256").update(members, "utf8").digest("base64url");
}
