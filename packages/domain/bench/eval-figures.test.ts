import type { LabelledPair } from "@tekser/claims/eval";
import { describe, expect, it } from "vitest";
import { figures, precision, recall } from "./eval-figures.ts";

const pair = (a: string, b: string, same: boolean, over: Partial<LabelledPair> = {}): LabelledPair => ({
  a,
  b,
  same,
  section: "same-language",
  kind: "excerpt",
  relation: same ? "same-claim" : "other-numbers",
  ...over,
});

describe("evaluation figures", () => {
  const claimOf = new Map<string, string | null>([
    ["orig", "c1"],
    ["excerpt", "c1"],
    ["latin", "c2"],
    ["miss", "c1"],
    ["other", "c3"],
    ["unplaced", null],
    ["unplaced-too", null],
  ]);

  it("counts a pair as joined only when both items carry the same claim", () => {
    const { sections, mistakes } = figures(
      [
        pair("orig", "excerpt", true),
        pair("orig", "latin", true, { kind: "latin-2018" }),
        pair("orig", "miss", false),
        pair("orig", "other", false, { relation: "unrelated" }),
        pair("unplaced", "unplaced-too", true),
      ],
      claimOf,
    );
    const overall = sections.get("same-language")?.overall;
    expect(overall).toEqual({ positives: 3, joined: 1, negatives: 2, wronglyJoined: 1 });
    expect(overall && [precision(overall), recall(overall)]).toEqual([0.5, 1 / 3]);
    expect(sections.get("same-language")?.byKind.get("latin-2018")).toEqual({
      positives: 1,
      joined: 0,
      negatives: 0,
      wronglyJoined: 0,
    });
    expect(sections.get("same-language")?.byRelation.get("other-numbers")).toEqual({
      positives: 0,
      joined: 0,
      negatives: 1,
      wronglyJoined: 1,
    });
    expect(mistakes.map(({ pair: { a, b }, joined }) => `${a}-${b}:${joined}`)).toEqual([
      "orig-latin:false",
      "orig-miss:true",
      "unplaced-unplaced-too:false",
    ]);
  });

  it("keeps kk↔ru pairs apart from same-language ones", () => {
    const { sections } = figures([pair("orig", "excerpt", true, { section: "kk-ru" })], claimOf);
    expect(sections.get("same-language")).toBeUndefined();
    expect(sections.get("kk-ru")?.overall.joined).toBe(1);
  });

  it("refuses a pair whose item was never stored", () => {
    expect(() => figures([pair("orig", "nowhere", true)], claimOf)).toThrow(/no stored item for nowhere/);
  });
});
