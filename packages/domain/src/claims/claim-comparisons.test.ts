import { fingerprintText } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import { clusterKeys } from "./claim-candidates.ts";
import { ItemComparisons } from "./claim-comparisons.ts";

const keysOf = (text: string) =>
  clusterKeys(
    { site: "example.kz", url: null, canonicalUrl: null, links: [], text, originalSource: null },
    fingerprintText(text),
  );
const candidate = (text: string, itemId: string, claimId: string) => ({
  ...keysOf(text),
  itemId,
  claimId,
  textIndexed: true,
});

const STORY =
  "Қарағанды облысында 1 наурыздан бастап жылу беру тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
  "Тұрғындар бір шаршы метр үшін бұрынғыдай 168 теңге төлейді, ал жылу желілерін жаңғыртуға 14 миллиард теңге бөлінген.";
const OTHER_REGION = STORY.replace("Қарағанды", "Павлодар");
const UNRELATED =
  "Алматыда жаңа метро бекеті ашылды: жолаушылар енді қала орталығына он бес минутта жетеді, деп хабарлады әкімдік.";

describe("ItemComparisons", () => {
  it("keeps the matches in the order compared, and finds a near miss only in the claims asked about", () => {
    const comparisons = new ItemComparisons(keysOf(STORY));
    comparisons.add(candidate(UNRELATED, "unrelated", "claim-u"));
    comparisons.add(candidate(OTHER_REGION, "template", "claim-t"));
    comparisons.add(candidate(`Достар, оқыңыздар! ${STORY}`, "repost", "claim-s"));
    comparisons.add(candidate(STORY, "copy", "claim-t"));
    expect(comparisons.matches.map(({ candidate }) => candidate.itemId)).toEqual(["repost", "copy"]);
    expect([...comparisons.nearMissClaims(new Set(["claim-t", "claim-s"]), (claimId) => claimId)]).toEqual(["claim-t"]);
    expect(comparisons.nearMissClaims(new Set(["claim-s", "claim-u"]), (claimId) => claimId).size).toBe(0);
    // Asked by the claim it was merged into.
    const mergedInto = (claimId: string) => (claimId === "claim-t" ? "claim-m" : claimId);
    expect([...comparisons.nearMissClaims(new Set(["claim-m"]), mergedInto)]).toEqual(["claim-m"]);
  });

  it("matches outside near misses only through a claim no near miss is in", () => {
    const inTemplateClaim = new ItemComparisons(keysOf(STORY));
    inTemplateClaim.add(candidate(OTHER_REGION, "template", "claim-t"));
    inTemplateClaim.add(candidate(STORY, "copy", "claim-t"));
    expect(inTemplateClaim.matchesOutsideNearMisses()).toBe(false);
    inTemplateClaim.add(candidate(STORY, "second-copy", "claim-s"));
    expect(inTemplateClaim.matchesOutsideNearMisses()).toBe(true);
    expect(new ItemComparisons(keysOf(STORY)).matchesOutsideNearMisses()).toBe(false);
  });
});
