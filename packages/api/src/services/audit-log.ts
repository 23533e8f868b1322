import { GENESIS_HASH, hashEvent, toStoredJson } from "@tekser/audit";
import { Prisma, type Tx } from "@tekser/db";
import { notifyChange } from "./change-feed.ts";

/** Any one lock key for the whole chain: appends are serialised so each links to the last. */
const AUDIT_CHAIN_LOCK = 7_274_737;

export interface Actor {
  id: string | null;
  name: string;
  role: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "system", role: null };

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Serialises against every other append until the transaction ends (re-entrant), so a reader
 * holding it sees a head that cannot move: what a checkpoint needs.
 */
export async function lockAuditChain(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
}

/**
 * Appends one event to the hash chain. Must run inside the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await lockAuditChain(tx);
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const event = {
    seq: ((last?.seq ?? 0n) + 1n).toString(),
    // Millisecond precision: what timestamptz(3) stores, so the hash recomputes from the row.
    at: new Date().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: toStoredJson(entry.before),
    after: toStoredJson(entry.after),
    reason: entry.reason ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({
    data: {
      ...event,
      seq: BigInt(event.seq),
      at: new Date(event.at),
      before: jsonOrNull(event.before),
      after: jsonOrNull(event.after),
      hash: hashEvent(event),
    },
  });
  await notifyChange(tx, { seq: event.seq, action: event.action, subjectType: event.subjectType, subjectId: event.subjectId, actorId: actor.id });
}

function jsonOrNull(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
