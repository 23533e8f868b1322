import { describe, expect, it } from "vitest";
import { hashEvent } from "./chain.ts";
import { buildChain } from "./test-chain.ts";
import { findChainBreak, verifyChain, verifyExcerpt } from "./verify.ts";

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
    expect(findChainBreak(events)).toMatchObject({ seq: "3", problem: "missing", expectedSeq: "2" });
  });

  it("locates a re-hashed event whose link no longer matches", () => {
    const events = buildChain(4);
    const forged = { ...events[1]!, reason: "forged" };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(findChainBreak(events)).toMatchObject({ seq: "3", problem: "reordered" });
  });

  it("locates an event moved to another place and re-hashed", () => {
    const events = buildChain(4);
    const moved = { ...events[3]!, seq: "3" };
    events.splice(2, 2, { ...moved, hash: hashEvent(moved) });
    expect(findChainBreak(events)).toMatchObject({
      seq: "3",
      problem: "reordered",
      storedPrevHash: events[2]!.prevHash,
    });
  });

  it("matches a checkpoint, and reports a rewritten or cut-off history against it", () => {
    const events = buildChain(6);
    const checkpoint = { seq: "4", hash: events[3]!.hash };
    expect(verifyChain(events, { checkpoint })).toMatchObject({
      ok: true,
      checked: 6,
      checkpointMatched: true,
      head: { seq: "6" },
    });

    const rewritten = buildChain(6, "rewritten afterwards"); // a consistent, wholly re-hashed history
    expect(verifyChain(rewritten, { checkpoint }).firstBreak).toMatchObject({
      seq: "4",
      problem: "head-mismatch",
      storedHash: rewritten[3]!.hash,
    });

    expect(verifyChain(events.slice(0, 3), { checkpoint }).firstBreak).toMatchObject({
      seq: "4",
      problem: "head-mismatch",
      storedHash: null,
    });
  });

  it("checks a filtered excerpt: own hashes always, links only between consecutive events", () => {
    const events = buildChain(8);
    const excerpt = [events[0]!, events[1]!, events[4]!, events[6]!, events[7]!];
    expect(verifyExcerpt(excerpt)).toMatchObject({ ok: true, checked: 5 });
    const altered = excerpt.map((event, index) => (index === 2 ? { ...event, actorName: "someone else" } : event));
    expect(verifyExcerpt(altered).firstBreak).toMatchObject({ seq: "5", problem: "altered" });
    const relinked = { ...events[7]!, prevHash: events[5]!.hash };
    expect(verifyExcerpt([events[6]!, { ...relinked, hash: hashEvent(relinked) }]).firstBreak).toMatchObject({
      seq: "8",
      problem: "reordered",
    });
  });
});
