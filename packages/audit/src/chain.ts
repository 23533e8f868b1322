import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** `prevHash` of the first event. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of an audit event that its hash covers, as stored (JSON values, ISO time). */
export interface ChainedEvent {
  seq: string;
  at: string;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  prevHash: string;
}

/**
 * SHA-256 over the RFC 8785 canonical JSON of the event, `prevHash` included, so altering,
 * dropping or reordering any earlier event changes every later hash.
 */
export function hashEvent(event: ChainedEvent): string {
  const canonical = canonicalize({
    seq: event.seq,
    at: event.at,
    actorId: event.actorId,
    actorName: event.actorName,
    actorRole: event.actorRole,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
    prevHash: event.prevHash,
  });
  if (canonical === undefined) throw new Error("audit event cannot be serialised");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

export type ChainBreak =
  | { seq: string; problem: "altered"; expectedHash: string; storedHash: string }
  | { seq: string; problem: "broken-link"; expectedPrevHash: string; storedPrevHash: string }
  | { seq: string; problem: "gap"; expectedSeq: string };

/** Checks a run of events in `seq` order, starting after `previous` (or at the genesis). */
export function findChainBreak(
  events: Iterable<ChainedEvent & { hash: string }>,
  previous: { seq: string; hash: string } | null = null,
): ChainBreak | null {
  let expectedSeq = previous ? BigInt(previous.seq) + 1n : 1n;
  let expectedPrevHash = previous?.hash ?? GENESIS_HASH;
  for (const event of events) {
    if (BigInt(event.seq) !== expectedSeq) {
      return { seq: event.seq, problem: "gap", expectedSeq: expectedSeq.toString() };
    }
    if (event.prevHash !== expectedPrevHash) {
      return { seq: event.seq, problem: "broken-link", expectedPrevHash, storedPrevHash: event.prevHash };
    }
    const recomputed = hashEvent(event);
    if (recomputed !== event.hash) {
      return { seq: event.seq, problem: "altered", expectedHash: recomputed, storedHash: event.hash };
    }
    expectedSeq += 1n;
    expectedPrevHash = event.hash;
  }
  return null;
}

/** Makes a value JSON-plain (Dates to ISO strings, undefined dropped) as it will be stored. */
export function toStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
