import type { Db } from "@tekser/db";
import {
  generateSigningKey,
  signingKeyFromPem,
  ZPublicJwk,
  type SigningKey,
  type TPublicKeySet,
} from "@tekser/signing";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log.ts";

/** Serialises first-start key creation across server instances sharing one database. */
const SIGNING_KEY_LOCK = 7_274_738;

/**
 * The key that signs notices and checkpoints. The server always passes its PEM (settled by
 * prepareSigningKey, kept outside the database, so database users cannot sign); only its public
 * half is in the database. Without one, the newest key stored in the database is used, or the
 * first caller generates one there: a convenience for owner connections such as test databases,
 * which the application role's grants refuse (it can neither read private halves nor add keys).
 */
export async function activeSigningKey(db: Db, configuredPem?: string): Promise<SigningKey> {
  if (configuredPem) {
    const key = signingKeyFromPem(configuredPem);
    await registerKey(db, key);
    return key;
  }
  const stored = await newestStoredKey(db);
  if (stored) return stored;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGNING_KEY_LOCK})`;
    const created = await tx.signingKey.findFirst({
      where: { retiredAt: null, privateKeyPem: { not: null } },
      orderBy: { createdAt: "desc" },
    });
    if (created?.privateKeyPem) return signingKeyFromPem(created.privateKeyPem);
    const { key, privateKeyPem } = generateSigningKey();
    await tx.signingKey.create({ data: { kid: key.kid, publicJwk: key.publicJwk, privateKeyPem } });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "signing_key.created",
      subjectType: "signing_key",
      subjectId: key.kid,
      after: key.publicJwk,
    });
    return key;
  });
}

/** Every key ever used, retired ones included, so old signatures keep verifying. */
export async function publicKeySet(db: Db): Promise<TPublicKeySet> {
  const rows = await db.signingKey.findMany({ orderBy: { createdAt: "asc" }, select: { publicJwk: true } });
  return { keys: rows.map((row) => ZPublicJwk.parse(row.publicJwk)) };
}

async function newestStoredKey(db: Db): Promise<SigningKey | null> {
  const row = await db.signingKey.findFirst({
    where: { retiredAt: null, privateKeyPem: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { privateKeyPem: true },
  });
  return row?.privateKeyPem ? signingKeyFromPem(row.privateKeyPem) : null;
}

/** Adds a key's public half to the published set (once), with its audit event. */
export async function registerKey(db: Db, key: SigningKey): Promise<void> {
  if (await db.signingKey.findUnique({ where: { kid: key.kid }, select: { kid: true } })) return;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGNING_KEY_LOCK})`;
    const existing = await tx.signingKey.findUnique({ where: { kid: key.kid }, select: { kid: true } });
    if (existing) return;
    await tx.signingKey.create({ data: { kid: key.kid, publicJwk: key.publicJwk }, select: { kid: true } });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "signing_key.registered",
      subjectType: "signing_key",
      subjectId: key.kid,
      after: key.publicJwk,
    });
  });
}
