import { COPY_KINDS, labelledPairs, loadPart, NEAR_MISS_KINDS, partOfFamily, PARTS } from "@tekser/claims/eval";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@tekser/db/vitest";
import { ingestEvalPart } from "./eval-ingest.ts";

const parts = PARTS.map((part) => loadPart(part));
const pairsOf = parts.map((part) => labelledPairs(part));

describe("claims evaluation set", () => {
  it("holds at least 500 labelled pairs, every copy kind and near-miss kind in each part, and enough kk↔ru pairs", () => {
    expect(pairsOf.flat().length).toBeGreaterThanOrEqual(500);
    for (const [index, part] of parts.entries()) {
      expect(new Set(part.items.map((item) => item.kind))).toEqual(new Set(COPY_KINDS));
      expect(new Set(part.groups.flatMap((group) => (group.nearMissOf ? [group.nearMissOf.kind] : [])))).toEqual(
        new Set(NEAR_MISS_KINDS),
      );
      const pairs = pairsOf[index] ?? [];
      expect(pairs.some((pair) => pair.same)).toBe(true);
      expect(pairs.some((pair) => !pair.same)).toBe(true);
    }
    expect(pairsOf.flat().filter((pair) => pair.section === "kk-ru" && pair.same).length).toBeGreaterThanOrEqual(30);
  });

  it("keeps every group, and every group's family, in exactly one part, the one its hash names", () => {
    const [dev, heldOut] = parts;
    const devGroups = new Set(dev?.groups.map((group) => group.id));
    expect(heldOut?.groups.filter((group) => devGroups.has(group.id))).toEqual([]);
    for (const part of parts) {
      for (const group of part.groups) expect(partOfFamily(group.family)).toBe(part.part);
      const groupIds = new Set(part.groups.map((group) => group.id));
      expect(part.items.filter((item) => !groupIds.has(item.group))).toEqual([]);
      for (const group of part.groups) if (group.nearMissOf) expect(groupIds.has(group.nearMissOf.group)).toBe(true);
    }
  });

  describe("through the ingest path", () => {
    const database = useTestDatabase();

    it("stores every document of the development part as exactly one article or post of its own, placed in a claim", async () => {
      const dev = parts[0];
      if (!dev) throw new Error("no development part");
      const ingested = await ingestEvalPart(database.db, dev);
      expect(ingested.map((item) => item.evalId).sort()).toEqual(dev.items.map((item) => item.id).sort());
      // A page is one article (its most-read list adds headlines only), a channel post one post.
      const formatOf = new Map(dev.items.map((item) => [item.id, item.document.format]));
      const expectedKind = (evalId: string) => (/page$/.test(formatOf.get(evalId) ?? "") ? "article" : "post");
      expect(
        ingested.filter(
          (item) =>
            item.storedKinds[0] !== expectedKind(item.evalId) ||
            item.storedKinds.slice(1).some((kind) => kind !== "headline"),
        ),
      ).toEqual([]);
      expect(new Set(ingested.map((item) => item.itemId)).size).toBe(dev.items.length);
      expect(ingested.filter((item) => item.claimId === null)).toEqual([]);
    }, 180_000);
  });
});
