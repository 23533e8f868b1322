import { existsSync } from "node:fs";
import { readOrCreateSecretFile, type Db } from "@tekser/db";
import { generateSigningKey, signingKeyFromPem } from "@tekser/signing";
import { registerKey } from "./signing-keys.ts";

/**
 * As the tables' owner, at start: settles the private key that signs notices and checkpoints and
 * publishes its public half. The key lives outside the database, where the application role can
 * neither read nor replace it: `configuredPem` (TEKSER_SIGNING_KEY) when given, otherwise
 * `keyFile` (0600), created on first start. A private key an older version stored in the
 * database becomes `keyFile` when there is none yet; then every stored private half is erased.
 * Returns the PEM the application signs with.
 */
export async function prepareSigningKey(
  ownerDb: Db,
  options: { configuredPem?: string | undefined; keyFile: string },
): Promise<string> {
  const pem = options.configuredPem ?? (await keyFilePem(ownerDb, options.keyFile));
  await registerKey(ownerDb, signingKeyFromPem(pem));
  await ownerDb.signingKey.updateMany({ where: { privateKeyPem: { not: null } }, data: { privateKeyPem: null } });
  return pem;
}

async function keyFilePem(ownerDb: Db, keyFile: string): Promise<string> {
  const stored = existsSync(keyFile) ? null : await newestStoredPrivateKey(ownerDb);
  return readOrCreateSecretFile(keyFile, () => stored ?? generateSigningKey().privateKeyPem);
}

async function newestStoredPrivateKey(db: Db): Promise<string | null> {
  const row = await db.signingKey.findFirst({
    where: { retiredAt: null, privateKeyPem: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { privateKeyPem: true },
  });
  return row?.privateKeyPem ?? null;
}
