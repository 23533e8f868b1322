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

/** Makes a value JSON-plain (Dates to ISO strings, undefined dropped) as it will be stored. */
export function toStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
