import { MATCH_RULES } from "@tekser/claims";
import type { LookupKeys } from "./claim-fingerprints.ts";

/**
 * A passage anchor this many items of one batch carry is a phrase of the outlet, not of a story:
 * a rubric every headline of a feed begins with ("Жаңалық | …"), a line a template repeats. Looked
 * up item by item, it found the same few hundred stored items for every one of them (and, once
 * that many held it, took the lookup's whole cap from the items sharing a real passage). It is
 * looked up once for the batch instead.
 */
export const BATCH_COMMON_ANCHOR_ITEMS = 8;

/** The anchors at least BATCH_COMMON_ANCHOR_ITEMS of `items` carry, each with the indexes of those items. */
export function batchCommonAnchors(items: readonly LookupKeys[]): Map<number, number[]> {
  const carriers = new Map<number, number[]>();
  items.forEach((item, index) => {
    for (const anchor of item.fingerprint.passages) {
      const list = carriers.get(anchor);
      if (list) list.push(index);
      else carriers.set(anchor, [index]);
    }
  });
  for (const [anchor, list] of carriers) if (list.length < BATCH_COMMON_ANCHOR_ITEMS) carriers.delete(anchor);
  return carriers;
}

const isShort = (keys: LookupKeys) => keys.fingerprint.passages.length <= MATCH_RULES.headline.maxAnchors;

/**
 * Which new items each stored candidate found through common anchors is offered to: those that
 * may match it on these anchors alone (`mayMatch`). One shared anchor is too few for the passage
 * rules unless one side is as short as a headline; items sharing more with the candidate than
 * common anchors found it through their other anchors already. As the lookup caps each item's
 * candidates, an item is offered at most `maxPerItem` of them, those found by the most anchors
 * first (`offer` is called in that order). Look-alike items find hundreds of candidates through
 * the same anchors: the items of each set of anchors are counted once.
 */
export class CommonAnchorOffers {
  private readonly itemsOfAnchors = new Map<string, number[]>();
  private readonly offeredTo = new Map<number, number>();

  constructor(
    private readonly carriersOf: ReadonlyMap<number, readonly number[]>,
    private readonly items: readonly LookupKeys[],
    private readonly maxPerItem: number,
  ) {}

  offer(candidate: LookupKeys, anchors: readonly number[]): number[] {
    const key = `${isShort(candidate) ? "short:" : ""}${[...anchors].sort((a, b) => a - b).join(",")}`;
    let items = this.itemsOfAnchors.get(key);
    if (!items) {
      items = this.mayMatchOn(candidate, anchors);
      this.itemsOfAnchors.set(key, items);
    }
    const offered = items.filter((index) => {
      const count = this.offeredTo.get(index) ?? 0;
      if (count >= this.maxPerItem) return false;
      this.offeredTo.set(index, count + 1);
      return true;
    });
    // Every item of this set has its fill: later candidates of the set cost nothing.
    if (offered.length === 0) this.itemsOfAnchors.set(key, []);
    return offered;
  }

  private mayMatchOn(candidate: LookupKeys, anchors: readonly number[]): number[] {
    const sharedCount = new Map<number, number>();
    for (const anchor of anchors)
      for (const index of this.carriersOf.get(anchor) ?? []) sharedCount.set(index, (sharedCount.get(index) ?? 0) + 1);
    const minShared = Math.min(MATCH_RULES.passage.minShared, MATCH_RULES.linkedPassage.minShared);
    const candidateIsShort = isShort(candidate);
    return [...sharedCount].flatMap(([index, shared]) =>
      shared >= minShared || candidateIsShort || isShort(this.items[index] as LookupKeys) ? [index] : [],
    );
  }
}
