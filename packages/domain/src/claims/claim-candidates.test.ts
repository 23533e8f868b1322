import { fingerprintText, isShort } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import {
  BatchIndex,
  clusterKeys,
  compareWithCandidate,
  isLinked,
  mayMatch,
  sharedKeys,
  storedCandidatesByItem,
} from "./claim-candidates.ts";
import { SharedKeyIndex, type SharedKeys } from "./shared-key-index.ts";

const keysOf = (text: string, item: Partial<Parameters<typeof clusterKeys>[0]> = {}) =>
  clusterKeys(
    { site: "example.kz", url: null, canonicalUrl: null, links: [], text, originalSource: null, ...item },
    fingerprintText(text),
  );

const STORY =
  "Қарағанды облысында 1 наурыздан бастап жылу беру тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
  "Тұрғындар бір шаршы метр үшін бұрынғыдай 168 теңге төлейді, ал жылу желілерін жаңғыртуға 14 миллиард теңге бөлінген.";

/** Keys sharing nothing but the passage anchors given (no band, URL, link or outlet). */
const anchorsOnly = (passages: number[], site: string) => {
  const keys = keysOf(STORY, { site });
  return { ...keys, fingerprint: { ...keys.fingerprint, bands: [], passages } };
};
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
/** Ten anchors; the first shares five of them with it (half: may match), the second three (may not). */
const tenAnchors = anchorsOnly(range(1, 10), "a.kz");
const sharesHalf = anchorsOnly([...range(1, 5), ...range(100, 5)], "b.kz");
const sharesThree = anchorsOnly([...range(6, 3), ...range(200, 7)], "c.kz");

describe("BatchIndex", () => {
  it("compares a text of many words with an earlier one its anchors found that shares a band key with it", () => {
    const batch = new BatchIndex();
    const probe = keysOf(STORY);
    expect(isShort(probe.fingerprint)).toBe(false);
    const oneAnchor = [probe.fingerprint.passages[0] ?? 0, ...range(1, 9)].sort((a, b) => a - b);
    batch.add({ ...probe, fingerprint: { ...probe.fingerprint, passages: oneAnchor } }, "earlier", "claim", true);
    expect(batch.candidates(probe).map((candidate) => candidate.itemId)).toEqual(["earlier"]);
  });

  it("counts the keys each lookup shares afresh, not adding those of the lookup before", () => {
    const batch = new BatchIndex();
    batch.add(tenAnchors, "the-item", "the-claim", true);
    expect(batch.candidates(sharesHalf).map((candidate) => candidate.itemId)).toEqual(["the-item"]);
    expect(batch.candidates(sharesThree)).toEqual([]);
  });

  it("among hundreds of look-alikes sharing its first sentence, still offers the copy that shares the most", () => {
    const batch = new BatchIndex();
    const [firstSentence] = STORY.split(". ");
    for (let i = 0; i < 600; i++)
      batch.add(keysOf(`${firstSentence}. Мұрағаттағы ${i} нөмірлі хабарлама.`), `item-${i}`, `other-${i}`, true);
    batch.add(keysOf(STORY), "the-item", "the-claim", true);
    const candidates = batch.candidates(keysOf(`Достар, оқыңыздар! ${STORY}`));
    expect(candidates.length).toBeLessThanOrEqual(400);
    expect(candidates.map((candidate) => candidate.claimId)).toContain("the-claim");
  });

  it("finds an item by a link to its URL, and the other way round", () => {
    const batch = new BatchIndex();
    batch.add(keysOf(STORY, { url: "https://aikyn.kz/2026/02/27/tariff" }), "the-original", "original", true);
    const repost = keysOf("Толығырақ сілтемеде", {
      site: "t.me",
      links: ["https://www.aikyn.kz/2026/02/27/tariff?utm_source=telegram"],
    });
    expect(batch.candidates(repost).map((candidate) => candidate.claimId)).toEqual(["original"]);
  });

  it("finds a covered copy, as the database does, by its URL and not by its text", () => {
    const batch = new BatchIndex();
    const url = "https://qazaq24.com/kk/news/tariff";
    batch.add(keysOf(STORY, { url }), "the-covered-copy", "the-claim", false);
    expect(batch.candidates(keysOf(`Достар, оқыңыздар! ${STORY}`))).toEqual([]);
    const linking = keysOf(`Достар, оқыңыздар! ${STORY}`, { links: [url] });
    expect(batch.candidates(linking).map((candidate) => candidate.itemId)).toEqual(["the-covered-copy"]);
  });

  it("offers an item that moved to its source's claim under that claim", () => {
    const batch = new BatchIndex();
    batch.add(keysOf(STORY), "the-copy", "template-claim", true);
    batch.move("the-copy", "source-claim");
    expect(batch.candidates(keysOf(STORY)).map((candidate) => candidate.claimId)).toEqual(["source-claim"]);
  });
});

describe("compareWithCandidate", () => {
  it("finds the template's other announcement a near miss, and a copy under a comment a match", () => {
    const other = keysOf(STORY.replace("Қарағанды", "Павлодар"));
    const stored = keysOf(STORY);
    expect(compareWithCandidate(other, stored)).toMatchObject({ match: null, nearMiss: true });
    const repost = compareWithCandidate(keysOf(`Достар, оқыңыздар! ${STORY}`), stored);
    expect(repost.nearMiss).toBe(false);
    expect(repost.match).not.toBeNull();
  });

  it("ranks a match through a link to the candidate's URL above the same text unlinked", () => {
    const stored = keysOf(STORY, { url: "https://aikyn.kz/2026/02/27/tariff" });
    const linked = compareWithCandidate(
      keysOf(STORY, { site: "t.me", links: ["https://aikyn.kz/2026/02/27/tariff"] }),
      stored,
    );
    const unlinked = compareWithCandidate(keysOf(STORY, { site: "t.me" }), stored);
    expect(linked.match?.score).toBeGreaterThan(unlinked.match?.score ?? Infinity);
  });
});

describe("mayMatch", () => {
  const none: SharedKeys = { bands: 0, passages: 0, links: 0 };
  const article = keysOf(STORY);
  const otherStory = keysOf(
    "Павлодар облысында жаңа аурухана салынады деп хабарлады облыс әкімдігі. Құрылысқа 20 миллиард теңге бөлінген, " +
      "ал аурухана үш жылдан кейін ашылады деп күтілуде.",
  );

  it("compares a pair sharing a band or a link, but not one sharing a single phrase", () => {
    expect(mayMatch(otherStory, article, { ...none, passages: 1 })).toBe(false);
    expect(mayMatch(otherStory, article, { ...none, passages: 1, bands: 1 })).toBe(true);
    expect(mayMatch(otherStory, article, { ...none, passages: 1, links: 1 })).toBe(true);
  });

  it("decides the passage rule by the count of shared anchors, with less needed of a text naming the other's outlet", () => {
    const anchors = Math.min(article.fingerprint.passages.length, otherStory.fingerprint.passages.length);
    expect(mayMatch(otherStory, article, { ...none, passages: anchors })).toBe(true);
    expect(mayMatch(otherStory, article, { ...none, passages: 2 })).toBe(false);
    const quote = STORY.split(", ал")[0] ?? "";
    const attributed = keysOf(quote, { site: "t.me", originalSource: "example.kz" });
    const unattributed = keysOf(quote, { site: "t.me" });
    const quoteAnchors = attributed.fingerprint.passages.length;
    expect(quoteAnchors).toBeGreaterThan(4);
    const aThird = { ...none, passages: Math.max(2, Math.ceil(quoteAnchors * 0.3)) };
    expect(mayMatch(attributed, article, aThird)).toBe(true);
    expect(mayMatch(unattributed, article, aThird)).toBe(false);
  });

  it("always compares a headline posted alone", () => {
    expect(mayMatch(keysOf("Жылу тарифі өзгермейді"), article, none)).toBe(true);
  });
});

describe("storedCandidatesByItem", () => {
  it("counts the keys each stored item shares afresh, not adding those of the stored item before", () => {
    const stored = [sharesHalf, sharesThree].map((keys, i) => ({
      ...keys,
      itemId: `stored-${i}`,
      claimId: "claim",
      textIndexed: true,
      forItems: [0],
    }));
    const byItem = storedCandidatesByItem([tenAnchors], stored);
    expect(byItem[0]?.map((candidate) => candidate.itemId)).toEqual(["stored-0"]);
  });

  it("offers a stored item to the new items whose keys found it, and to no other", () => {
    const stored = {
      ...keysOf(STORY, { url: "https://aikyn.kz/tariff" }),
      itemId: "stored",
      claimId: "claim",
      textIndexed: true,
      forItems: [1],
    };
    const copy = keysOf(`Достар, оқыңыздар! ${STORY}`);
    const unrelated = keysOf(
      "Астанада жаңа көпір ашылды, ол қаланың екі бөлігін жалғайды деп хабарлады қала әкімдігі.",
    );
    const byItem = storedCandidatesByItem([unrelated, copy], [stored]);
    expect(byItem[1]?.map((candidate) => candidate.itemId)).toEqual(["stored"]);
    expect(byItem[0]).toEqual([]);
  });
});

describe("storedCandidatesByItem with more stored items than are compared", () => {
  it("offers an item the 400 that share the most keys with it", () => {
    // Look-alikes of one template: every stored item shares half the item's anchors, one shares all.
    const lookAlikes = Array.from({ length: 450 }, (_, i) => ({
      ...anchorsOnly([...range(1, 5), ...range(1000 + i * 10, 5)], "b.kz"),
      itemId: `look-alike-${i}`,
      claimId: `claim-${i}`,
      textIndexed: true,
      forItems: [0],
    }));
    const copy = {
      ...anchorsOnly(range(1, 10), "c.kz"),
      itemId: "copy",
      claimId: "copied",
      textIndexed: true,
      forItems: [0],
    };
    const offered = storedCandidatesByItem([tenAnchors], [...lookAlikes, copy])[0] ?? [];
    expect(offered).toHaveLength(400);
    expect(offered[0]?.itemId).toBe("copy");
  });

  it("offers those sharing more keys first, and those sharing as many in the order found", () => {
    // Every third look-alike shares five of the item's anchors, the others six.
    const lookAlikes = Array.from({ length: 450 }, (_, i) => ({
      ...anchorsOnly([...range(1, i % 3 === 0 ? 5 : 6), ...range(1000 + i * 10, 4)], "b.kz"),
      itemId: `look-alike-${i}`,
      claimId: `claim-${i}`,
      textIndexed: true,
      forItems: [0],
    }));
    const offered = storedCandidatesByItem([tenAnchors], lookAlikes)[0] ?? [];
    const sharingSix = lookAlikes.filter((_, i) => i % 3 !== 0);
    const sharingFive = lookAlikes.filter((_, i) => i % 3 === 0);
    expect(offered.map(({ itemId }) => itemId)).toEqual(
      [...sharingSix, ...sharingFive].slice(0, 400).map(({ itemId }) => itemId),
    );
  });
});

describe("sharedKeys", () => {
  const NOTHING: SharedKeys = { bands: 0, passages: 0, links: 0 };
  const [firstSentence] = STORY.split(". ");
  const others = [
    keysOf(`Достар, оқыңыздар! ${STORY}`, { links: ["https://aikyn.kz/tariff?utm_source=tg"] }),
    keysOf(STORY.split(", ал")[0] ?? "", { url: "https://qazaq24.com/a" }),
    keysOf(`${firstSentence}!`),
    sharesHalf,
    tenAnchors,
  ];
  const index = new SharedKeyIndex();
  others.forEach((keys, id) => index.add(keys, id));

  it("counts the keys two items share as the batch's index counts them", () => {
    const article = keysOf(STORY, { url: "https://aikyn.kz/tariff", links: ["https://qazaq24.com/a"] });
    const counted = index.shared(article);
    others.forEach((keys, id) => {
      // A text of many words does not look up by band keys: the index leaves them to the pair.
      const expected = { ...sharedKeys(article, keys), bands: 0 };
      expect(counted.total(id) === 0 ? NOTHING : counted.of(id)).toEqual(expected);
    });
    expect(sharedKeys(article, others[0]!).links).toBe(1);
    expect(sharedKeys(article, others[1]!).links).toBe(1);
  });

  it("counts a short text's band keys too", () => {
    const headline = keysOf(firstSentence ?? "");
    expect(isShort(headline.fingerprint)).toBe(true);
    const counted = index.shared(headline);
    others.forEach((keys, id) => {
      expect(counted.total(id) === 0 ? NOTHING : counted.of(id)).toEqual(sharedKeys(headline, keys));
    });
    expect(counted.of(2).bands).toBeGreaterThan(0);
  });
});

describe("isLinked", () => {
  it("links an item naming another's outlet as its source, but not one naming a platform", () => {
    const original = keysOf(STORY, { site: "aikyn.kz" });
    expect(isLinked(keysOf(STORY, { site: "qazaq24.com", originalSource: "https://www.Aikyn.kz/" }), original)).toBe(
      true,
    );
    expect(
      isLinked(keysOf(STORY, { site: "qazaq24.com", originalSource: "t.me" }), keysOf(STORY, { site: "t.me" })),
    ).toBe(false);
  });
});
