import { describe, expect, it } from "vitest";
import { findChainBreak, GENESIS_HASH, hashEvent, type ChainedEvent } from "./chain.ts";

function buildChain(count: number): (ChainedEvent & { hash: string })[] {
  const events: (ChainedEvent & { hash: string })[] = [];
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
      reason: "Дереккөз: election.gov.kz",
      prevHash,
    };
    const hash = hashEvent(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  it("accepts an untouched chain", () => {
    expect(findChainBreak(buildChain(5))).toBeNull();
  });

  it("does not depend on key order inside before/after", () => {
    const [event] = buildChain(1);
    if (!event) throw new Error("no event");
    const reordered = { ...event, after: { verdict: "fake", status: "awaiting_second_review" } };
    expect(hashEvent(reordered)).toBe(event.hash);
  });

  it("locates an altered event", () => {
    const events = buildChain(5);
    events[2] = { ...events[2]!, reason: "changed afterwards" };
    expect(findChainBreak(events)).toMatchObject({ seq: "3", problem: "altered" });
  });

  it("locates a missing event", () => {
    const events = buildChain(5);
    events.splice(1, 1);
    expect(findChainBreak(events)).toMatchObject({ seq: "3", problem: "gap", expectedSeq: "2" });
  });

  it("locates a re-hashed event whose link no longer matches", () => {
    const events = buildChain(4);
    const forged = { ...events[1]!, reason: "forged" };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(findChainBreak(events)).toMatchObject({ seq: "3", problem: "broken-link" });
  });
});
