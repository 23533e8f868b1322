import { GENESIS_HASH, hashEvent, toStoredJson } from "@tekser/audit";
import type { TAuditAction, TAuditSubjectOf } from "@tekser/contracts";
import { Prisma, type SqlRunner } from "@tekser/db";
import { notifyChanges } from "../shared/change-feed.ts";

/** Any one lock key for the whole chain: appends are serialised so each links to the last. */
const AUDIT_CHAIN_LOCK = 7_274_737;

export interface Actor {
  id: string | null;
  name: string;
  role: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: "system", role: null };

/** One event to record: an action of the vocabulary (AUDIT_ACTIONS) with the kind of record it is about. */
export type AuditEntry = {
  [A in TAuditAction]: {
    action: A;
    subjectType: TAuditSubjectOf<A>;
    subjectId: string;
    before?: unknown;
    after?: unknown;
    reason?: string | null;
  };
}[TAuditAction];

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
  await recordAudits(tx, actor, [entry]);
}

/**
 * Appends events to the hash chain in the given order, each linked to the one before, in three
 * statements however many there are (ingest records one per document of a group).
 */
export async function recordAudits(tx: SqlRunner, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // Raw statements: this runs inside every state change, and the typed client's per-query work
  // was most of the audit write's cost (pnpm bench:audit).
  const [head] = await tx.$queryRaw<{ head_seq: string; head_hash: string }[]>`
    SELECT head_seq, head_hash FROM tekser_lock_audit_head(${AUDIT_CHAIN_LOCK}::bigint)`;
  let seq = BigInt(head?.head_seq ?? "0");
  let prevHash = head?.head_hash ?? GENESIS_HASH;
  // Millisecond precision: what timestamptz(3) stores, so the hash recomputes from the row.
  const at = new Date().toISOString();
  const events = entries.map((entry) => {
    seq += 1n;
    const event = {
      seq: seq.toString(),
      at,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: toStoredJson(entry.before),
      after: toStoredJson(entry.after),
      reason: entry.reason ?? null,
      prevHash,
    };
    prevHash = hashEvent(event);
    return { ...event, hash: prevHash };
  });
  // A JSON null becomes SQL NULL in jsonb_to_recordset, as before and after were stored.
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "AuditEvent" (seq, at, "actorId", "actorName", "actorRole", action, "subjectType", "subjectId", before, after, reason, "prevHash", hash)
    SELECT seq, at, "actorId", "actorName", "actorRole", action, "subjectType", "subjectId", before, after, reason, "prevHash", hash
    FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
         AS e(seq bigint, at timestamptz, "actorId" uuid, "actorName" text, "actorRole" text, action text, "subjectType" text, "subjectId" text,
              before jsonb, after jsonb, reason text, "prevHash" text, hash text)`);
  await notifyChanges(
    tx,
    events.map((event) => ({
      seq: event.seq,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      actorId: actor.id,
    })),
  );
}
