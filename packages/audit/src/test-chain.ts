import { GENESIS_HASH, hashEvent, type ChainedEvent } from "./chain.ts";
import type { StoredEvent } from "./verify.ts";

/** A valid chain of `count` verdict events, for tests. */
export function buildChain(count: number, reason = "Дереккөз: election.gov.kz"): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const event: ChainedEvent = {
      seq: String(i),
      at: new Date(Date.UTC(2026, 2, 14, 0, i)).toISOString(),
      actorId: null,
      actorName: "reviewer",
      actorRole: "reviewer",
      action: "claim.setVerdict",
      subjectType: "claim",
      subjectId: `c${i}`,
      before: { status: "in_review" },
      after: { status: "awaiting_second_review", verdict: "fake" },
      reason,
      prevHash,
    };
    const hash = hashEvent(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}
