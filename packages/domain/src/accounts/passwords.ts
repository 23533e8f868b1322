import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP-level memory and time cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let unmatchableHash: Promise<string> | undefined;

/**
 * A real argon2id hash of a random secret nobody knows. A login for an unknown or disabled
 * account is verified against it, so it costs what a real one does and its answer time does not
 * tell which usernames exist.
 */
export function unmatchablePasswordHash(): Promise<string> {
  unmatchableHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return unmatchableHash;
}
