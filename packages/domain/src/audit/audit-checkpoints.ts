import { GENESIS_HASH } from "@tekser/audit";
import type { TCheckpointStatement, TSignedCheckpoint } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { signValue, verifyValue, ZDetachedSignature, type SignatureCheck, type TPublicKeySet } from "@tekser/signing";
import { lockAuditChain, recordAudit, type Actor } from "./audit-log.ts";
import { activeSigningKey } from "../publish/signing-keys.ts";

export const CHECKPOINT_ACTION = "audit.checkpoint";

const checkpointSelect = {
  seq: true,
  headHash: true,
  count: true,
  at: true,
  kid: true,
  signature: true,
} satisfies Prisma.AuditCheckpointSelect;

type CheckpointRow = Prisma.AuditCheckpointGetPayload<{ select: typeof checkpointSelect }>;

function toSigned(row: CheckpointRow): TSignedCheckpoint {
  return {
    seq: row.seq.toString(),
    headHash: row.headHash,
    count: row.count.toString(),
    at: row.at.toISOString(),
    signature: { alg: "Ed25519", kid: row.kid, sig: row.signature },
  };
}

/** Exactly the signed statement, without the signature. */
export function checkpointStatement(checkpoint: TSignedCheckpoint): TCheckpointStatement {
  return { seq: checkpoint.seq, headHash: checkpoint.headHash, count: checkpoint.count, at: checkpoint.at };
}

export function verifyCheckpointSignature(checkpoint: TSignedCheckpoint, keySet: TPublicKeySet): SignatureCheck {
  return verifyValue(checkpointStatement(checkpoint), ZDetachedSignature.parse(checkpoint.signature), keySet);
}

/**
 * Signs the current head of the chain and stores the checkpoint, recording who asked for it as
 * the next event. A scheduled run with nothing new since the last checkpoint signs nothing, so
 * an idle log does not grow by one event per tick.
 */
export async function createCheckpoint(
  db: Db,
  requestedBy: Actor,
  options: { signingKeyPem?: string | undefined; skipIfUnchanged?: boolean } = {},
): Promise<{ created: boolean; checkpoint: TSignedCheckpoint | null }> {
  const key = await activeSigningKey(db, options.signingKeyPem);
  return db.$transaction(async (tx) => {
    await lockAuditChain(tx);
    const head = await tx.auditEvent.findFirst({
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true, action: true },
    });
    if (options.skipIfUnchanged && (!head || head.action === CHECKPOINT_ACTION)) {
      const latest = await tx.auditCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: checkpointSelect });
      return { created: false, checkpoint: latest ? toSigned(latest) : null };
    }
    const seq = head?.seq ?? 0n;
    // seq runs 1, 2, 3… without gaps (0003), so the event count equals the head's seq.
    const statement: TCheckpointStatement = {
      seq: seq.toString(),
      headHash: head?.hash ?? GENESIS_HASH,
      count: seq.toString(),
      at: new Date().toISOString(),
    };
    const signature = signValue(statement, key);
    await tx.auditCheckpoint.create({
      data: {
        seq,
        headHash: statement.headHash,
        count: seq,
        at: new Date(statement.at),
        kid: signature.kid,
        signature: signature.sig,
        trigger: requestedBy.name,
      },
    });
    await recordAudit(tx, requestedBy, {
      action: CHECKPOINT_ACTION,
      subjectType: "audit_checkpoint",
      subjectId: statement.seq,
      after: { ...statement, kid: signature.kid },
    });
    return { created: true, checkpoint: { ...statement, signature } };
  });
}

/** Newest first; the public list and the dashboard. */
export async function listCheckpoints(db: Db, limit = 100): Promise<TSignedCheckpoint[]> {
  const rows = await db.auditCheckpoint.findMany({ orderBy: { seq: "desc" }, take: limit, select: checkpointSelect });
  return rows.map(toSigned);
}

export async function findCheckpoint(db: Db, seq: string | null): Promise<TSignedCheckpoint | null> {
  const row =
    seq === null
      ? await db.auditCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: checkpointSelect })
      : await db.auditCheckpoint.findUnique({ where: { seq: BigInt(seq) }, select: checkpointSelect });
  return row ? toSigned(row) : null;
}
