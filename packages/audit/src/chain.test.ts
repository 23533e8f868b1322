import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { canonicalEvent, type ChainedEvent } from "./chain.ts";

const samples: ChainedEvent[] = [
  {
    seq: "1",
    at: "2026-03-14T00:01:00.000Z",
    actorId: null,
    actorName: "system",
    actorRole: null,
    action: "user.create",
    subjectType: "user",
    subjectId: "u1",
    before: null,
    after: { username: "aigerim", role: "reviewer" },
    reason: null,
    prevHash: "0".repeat(64),
  },
  {
    seq: "12345678901234567890",
    at: "2026-03-14T00:01:00.123Z",
    actorId: "5f0c7c1e-0000-4000-8000-000000000000",
    actorName: 'Әсел "quoted" \\ \u2028',
    actorRole: "reviewer",
    action: "review.submit",
    subjectType: "claim",
    subjectId: "c\u0001",
    before: { status: "in_review", "é": 1, a: [3, 1.5, -0, 1e21, { z: true, b: null }] },
    after: { "\ud83d\ude00": "emoji", "": "empty" },
    reason: "Дереккөз: election.gov.kz\n",
    prevHash: "f".repeat(64),
  },
];

describe("canonicalEvent", () => {
  it.each(samples)("is byte for byte RFC 8785 canonicalize of the whole event (seq $seq)", (event) => {
    expect(canonicalEvent(event)).toBe(canonicalize(event));
  });

  it("writes an absent before/after as null, as canonicalize of the stored row does", () => {
    const event = { ...samples[0]!, before: undefined, after: undefined };
    expect(canonicalEvent(event)).toBe(canonicalize({ ...event, before: null, after: null }));
  });
});
