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
  return createHash("sha256").update(canonicalEvent(event), "utf8").digest("hex");
}

const str = JSON.stringify;

/**
 * RFC 8785 canonical JSON of an event, byte for byte what `canonicalize` gives for the whole
 * object (checked in chain.test.ts), but with the fixed top-level keys written in their sorted
 * order directly: verifying a million events spends most of its time here. Strings serialise as
 * ECMAScript's JSON.stringify does, which is what RFC 8785 §3.2.2.2 prescribes.
 */
export function canonicalEvent(event: ChainedEvent): string {
  return (
    `{"action":${str(event.action)},"actorId":${str(event.actorId)},"actorName":${str(event.actorName)},` +
    `"actorRole":${str(event.actorRole)},"after":${canonicalValue(event.after)},"at":${str(event.at)},` +
    `"before":${canonicalValue(event.before)},"prevHash":${str(event.prevHash)},"reason":${str(event.reason)},` +
    `"seq":${str(event.seq)},"subjectId":${str(event.subjectId)},"subjectType":${str(event.subjectType)}}`
  );
}

function canonicalValue(value: unknown): string {
  const canonical = canonicalize(value ?? null);
  if (canonical === undefined) throw new Error("audit event cannot be serialised");
  return canonical;
}

/** Makes a value JSON-plain (Dates to ISO strings, undefined dropped) as it will be stored. */
export function toStoredJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}
