import { MATCH_RULES } from "@tekser/claims";
import { lookupBands, lookupPassages, type ClusterKeys, type LookupKeys } from "./claim-fingerprints.ts";

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
  return batchCommonKeys(items, lookupPassages);
}

/**
 * The LSH band keys at least BATCH_COMMON_ANCHOR_ITEMS of `items` look up (`bandsOf`, by default
 * `lookupBands`), each with the indexes of those items. A batch's look-alikes (one template,
 * another number in each) share most of their band keys: looked up item by item, each key found
 * the same stored look-alikes for every one.
 */
export function batchCommonBands(
  items: readonly ClusterKeys[],
  bandsOf: (item: ClusterKeys) => readonly number[] = lookupBands,
): Map<number, number[]> {
  return batchCommonKeys(items, bandsOf);
}

function batchCommonKeys<K extends LookupKeys>(
  items: readonly K[],
  keysOf: (item: K) => readonly number[],
): Map<number, number[]> {
  // Counted on a sorted copy first: almost every key of a batch is one item's own, and a list
  // (or a map entry) for each was most of the work, and of the garbage, of a feed of new stories.
  let total = 0;
  for (const item of items) total += keysOf(item).length;
  const sorted = new Float64Array(total);
  let at = 0;
  for (const item of items) for (const key of keysOf(item)) sorted[at++] = key;
  sorted.sort();
  const carriers = new Map<number, number[]>();
  for (let start = 0, end = 0; start < sorted.length; start = end) {
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    if (end - start >= BATCH_COMMON_ANCHOR_ITEMS) carriers.set(sorted[start] as number, []);
  }
  if (carriers.size > 0)
    items.forEach((item, index) => {
      for (const key of keysOf(item)) carriers.get(key)?.push(index);
    });
  return carriers;
}

const isShort = (keys: LookupKeys) => keys.fingerprint.passages.length <= MATCH_RULES.headline.maxAnchors;

/**
 * Which new items each stored candidate found through common anchors is offered to: those that
 * may match it on these anchors alone (`mayMatch`). One shared anchor is too few for the passage
 * rules unless one side is as short as a headline; items sharing more with the candidate than
 * common anchors found it through their other anchors already. As the lookup caps each item's
 * candidates, an item is offered at most `maxPerItem` of them, those found by the most anchors
 * first (`offer` is called in that order); offers through common band keys, made first, count
 * against the same cap (`offeredTo`): a look-alike finds the same stored look-alikes through
 * both, and every candidate an item is offered past its cap is counted again to rank them.
 * Look-alike items find hundreds of candidates through the same anchors: the items of each set
 * of anchors are counted once.
 */
export class CommonAnchorOffers {
  private readonly itemsOfAnchors = new Map<string, number[]>();
  private sharedByItem: Uint32Array | undefined;

  constructor(
    protected readonly carriersOf: ReadonlyMap<number, readonly number[]>,
    private readonly items: readonly LookupKeys[],
    private readonly maxPerItem: number,
    /** How many candidates each item was offered, by these offers and others sharing its cap. */
    private readonly offeredTo = new Map<number, number>(),
  ) {}

  offer(candidate: LookupKeys, anchors: readonly number[]): number[] {
    const key = this.setKey(candidate, anchors);
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

  /** Candidates found by the same keys are offered to the same items. */
  protected setKey(candidate: LookupKeys, anchors: readonly number[]): string {
    return `${isShort(candidate) ? "short:" : ""}${[...anchors].sort((a, b) => a - b).join(",")}`;
  }

  protected mayMatchOn(candidate: LookupKeys, anchors: readonly number[]): number[] {
    const minShared = Math.min(MATCH_RULES.passage.minShared, MATCH_RULES.linkedPassage.minShared);
    const candidateIsShort = isShort(candidate);
    return this.carriersKept(
      anchors,
      (index, shared) => shared >= minShared || candidateIsShort || isShort(this.items[index] as LookupKeys),
    );
  }

  /**
   * The items carrying any of `keys`, in the order first met, that `keep` accepts, given how many
   * of the keys each carries. Counted in one array per batch, zeroed again after each call, not a
   * map per call: look-alikes carry the same keys by the thousand.
   */
  protected carriersKept(keys: readonly number[], keep: (index: number, shared: number) => boolean): number[] {
    const shared = (this.sharedByItem ??= new Uint32Array(this.items.length));
    const carriers: number[] = [];
    for (const key of keys)
      for (const index of this.carriersOf.get(key) ?? []) if ((shared[index] as number)++ === 0) carriers.push(index);
    const kept = carriers.filter((index) => keep(index, shared[index] as number));
    for (const index of carriers) shared[index] = 0;
    return kept;
  }
}

/**
 * As `CommonAnchorOffers`, for stored items found through batch-common band keys: a pair sharing
 * a band key may match (`mayMatch`), so such an item is offered to every item carrying one of the
 * keys that found it, those found by the most keys first, up to each item's cap.
 */
export class CommonBandOffers extends CommonAnchorOffers {
  protected override setKey(_candidate: LookupKeys, bands: readonly number[]): string {
    return [...bands].sort((a, b) => a - b).join(",");
  }

  protected override mayMatchOn(_candidate: LookupKeys, bands: readonly number[]): number[] {
    return this.carriersKept(bands, () => true);
  }
}
