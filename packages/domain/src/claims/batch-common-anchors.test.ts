import { describe, expect, it } from "vitest";
import { fingerprintText, MATCH_RULES, SHORT_ITEM_WORDS } from "@tekser/claims";
import {
  BATCH_COMMON_ANCHOR_ITEMS,
  batchCommonAnchors,
  batchCommonBands,
  CommonAnchorOffers,
  CommonBandOffers,
} from "./batch-common-anchors.ts";
import type { ClusterKeys, LookupKeys } from "./claim-fingerprints.ts";

const withAnchors = (passages: number[]): LookupKeys => ({
  fingerprint: { bands: [], passages },
  outlet: "aikyn.kz",
  namedOutlet: null,
  urlKeys: [],
  linkKeys: [],
});
const long = (...anchors: number[]) => withAnchors([...anchors, ...Array.from({ length: 10 }, (_, i) => 1000 + i)]);
const SHORT = MATCH_RULES.headline.maxAnchors;

describe("batchCommonAnchors", () => {
  it("names the anchors enough of the batch's items carry, with those items", () => {
    const items = Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS }, (_, index) => withAnchors([7, 100 + index]));
    items.push(withAnchors([8]));
    expect(batchCommonAnchors(items)).toEqual(
      new Map([[7, Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS }, (_, i) => i)]]),
    );
    expect(batchCommonAnchors(items.slice(1))).toEqual(new Map());
  });
});

describe("CommonAnchorOffers", () => {
  const carriers = new Map([
    [1, [0, 1, 2]],
    [2, [0, 1]],
  ]);
  const items = [long(1, 2), long(1, 2), withAnchors([1])];
  const offers = () => new CommonAnchorOffers(carriers, items, 400);

  it("offers a candidate found by one common anchor only to items as short as a headline", () => {
    expect(offers().offer(long(1), [1])).toEqual([2]);
  });

  it("offers it to items sharing enough of the common anchors that found it", () => {
    expect(offers().offer(long(1, 2), [1, 2]).sort()).toEqual([0, 1, 2]);
  });

  it("offers a headline-short candidate to every item carrying an anchor that found it", () => {
    const headline = withAnchors(Array.from({ length: SHORT }, (_, i) => (i === 0 ? 1 : 500 + i)));
    expect(offers().offer(headline, [1]).sort()).toEqual([0, 1, 2]);
  });

  it("offers an item no more candidates than its cap", () => {
    const capped = new CommonAnchorOffers(carriers, items, 2);
    expect(capped.offer(long(1, 2), [2, 1]).sort()).toEqual([0, 1, 2]);
    expect(capped.offer(long(1, 2, 3), [1, 2]).sort()).toEqual([0, 1, 2]);
    expect(capped.offer(long(1, 2, 4), [1, 2])).toEqual([]);
    expect(capped.offer(withAnchors([1]), [1])).toEqual([]);
  });
});

describe("batchCommonBands", () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `сөз${i}`).join(" ");
  const withBands = (bands: number[], text = words(10)): ClusterKeys => ({
    ...withAnchors([1, 2]),
    fingerprint: { ...fingerprintText(text), bands, passages: [1, 2] },
  });

  it("names the band keys enough of the batch's items carry, with those items", () => {
    const items = Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS }, (_, index) => withBands([70, 100 + index]));
    expect(batchCommonBands(items)).toEqual(
      new Map([[70, Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS }, (_, i) => i)]]),
    );
    expect(batchCommonBands(items.slice(1))).toEqual(new Map());
  });

  it("counts only short texts' band keys: longer ones do not look up by them", () => {
    const items = Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS }, (_, index) =>
      withBands([70, 100 + index], index === 0 ? words(SHORT_ITEM_WORDS) : words(10)),
    );
    expect(batchCommonBands(items)).toEqual(new Map());
  });
});

describe("CommonBandOffers", () => {
  const carriers = new Map([
    [70, [0, 1]],
    [71, [1, 2]],
  ]);
  const items = [long(1), long(2), long(3)];

  it("offers a candidate to every item carrying a band key that found it, however few", () => {
    const offers = new CommonBandOffers(carriers, items, 400);
    expect(offers.offer(long(9), [70])).toEqual([0, 1]);
    expect(offers.offer(long(9), [71, 70]).sort()).toEqual([0, 1, 2]);
  });

  it("offers an item no more candidates than its cap", () => {
    const capped = new CommonBandOffers(carriers, items, 1);
    expect(capped.offer(long(9), [70])).toEqual([0, 1]);
    expect(capped.offer(long(8), [70, 71])).toEqual([2]);
  });

  it("shares an item's cap with the anchor offers made after it", () => {
    const offeredTo = new Map<number, number>();
    const bandOffers = new CommonBandOffers(carriers, items, 1, offeredTo);
    const anchorOffers = new CommonAnchorOffers(new Map([[3, [1, 2]]]), items, 1, offeredTo);
    expect(bandOffers.offer(long(9), [70])).toEqual([0, 1]);
    // A headline-short candidate may match every carrier; item 1 has had its one.
    expect(anchorOffers.offer(withAnchors([3]), [3])).toEqual([2]);
  });
});
