import { GENESIS_HASH, hashEvent, toStoredJson } from "@tekser/audit";
import type { SqlRunner } from "@tekser/db";
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
export async function lockAuditChain(tx: SqlRunner): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
}

/**
 * Appends one event to the hash chain. Must run inside the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
export async function recordAudit(tx: SqlRunner, actor: Actor, entry: AuditEntry): Promise<void> {
  // Two raw round trips (lock + head, insert): this runs inside every state change, and the typed
  // client's per-query work was most of the audit write's cost (pnpm bench:audit).
  const [head] = await tx.$queryRaw<{ head_seq: string; head_hash: string }[]>`
    SELECT head_seq, head_hash FROM tekser_lock_audit_head(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = head ? { seq: head.head_seq, hash: head.head_hash } : undefined;
  const event = {
    seq: (BigInt(last?.seq ?? "0") + 1n).toString(),
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
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (seq, at, "actorId", "actorName", "actorRole", action, "subjectType", "subjectId", before, after, reason, "prevHash", hash)
    VALUES (${event.seq}::bigint, ${event.at}::timestamptz, ${event.actorId}::uuid, ${event.actorName}, ${event.actorRole}, ${event.action},
            ${event.subjectType}, ${event.subjectId}, ${jsonText(event.before)}::jsonb, ${jsonText(event.after)}::jsonb, ${event.reason},
            ${event.prevHash}, ${hashEvent(event)})`;
  await notifyChange(tx, { seq: event.seq, action: event.action, subjectType: event.subjectType, subjectId: event.subjectId, actorId: actor.id });
}

/** JSON text for a jsonb parameter; a null value is stored as SQL NULL, as before and after were. */
function jsonText(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
