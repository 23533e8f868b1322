import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LabelledPair } from "../eval/build-pairs.ts";

describe("evaluation set", () => {
  it("covers every kind of pair the issue names, with both labels", () => {
    const pairs = JSON.parse(readFileSync(new URL("../eval/pairs.json", import.meta.url), "utf8")) as LabelledPair[];
    const kinds = new Set(pairs.map((pair) => pair.kind));
    for (const kind of ["aggregator-copy", "repost-with-comment", "latin-2021", "near-miss", "short-near-miss"]) {
      expect(kinds).toContain(kind);
    }
    expect(new Set(pairs.map((pair) => pair.lang))).toEqual(new Set(["kk", "ru"]));
    expect(new Set(pairs.map((pair) => pair.id)).size).toBe(pairs.length);
  });
});
