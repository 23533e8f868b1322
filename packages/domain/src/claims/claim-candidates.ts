import {
  compareTexts,
  countCommon,
  looksUpByBands,
  MATCH_RULES,
  webAddressesIn,
  type Comparison,
  type Fingerprint,
} from "@tekser/claims";
import { urlIdentityKeys } from "@tekser/ingest";
import type { FoundCandidate } from "./claim-candidate-lookup.ts";
import type { Candidate, ClusterKeys, LookupKeys } from "./claim-fingerprints.ts";
import { itemOutlets } from "./claim-rules.ts";
import { SharedKeyIndex, type SharedKeys } from "./shared-key-index.ts";

/**
 * An item as clustering reads it: its text's fingerprint and its URLs, links and source. Its links
 * are those its input marked and those written in its text (a post on a platform that marks
 * none, or a link printed without its scheme).
 */
export function clusterKeys(
  item: {
    site: string;
    url: string | null;
    canonicalUrl: string | null;
    links: readonly string[];
    text: string;
    originalSource: string | null;
  },
  fingerprint: Fingerprint,
): ClusterKeys {
  const urlKeys = urlIdentityKeys([item.url, item.canonicalUrl]);
  const own = new Set(urlKeys);
  return {
    fingerprint,
    ...itemOutlets(item.site, item.originalSource),
    urlKeys,
    linkKeys: urlIdentityKeys([...item.links, ...webAddressesIn(item.text)]).filter((key) => !own.has(key)),
  };
}

const intersects = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && b.length > 0 && a.some((key) => b.includes(key));

/** `copy` links one of `source`'s URLs. */
export const linksTo = (copy: LookupKeys, source: LookupKeys) => intersects(copy.linkKeys, source.urlKeys);

/** One links the other's URL. */
const linksUrl = (a: LookupKeys, b: LookupKeys) => linksTo(a, b) || linksTo(b, a);

/** One names the other's outlet as its source ("aikyn.kz деректеріне сәйкес"). */
const namesOutletOf = (a: LookupKeys, b: LookupKeys) => a.namedOutlet === b.outlet || b.namedOutlet === a.outlet;

/** One links the other's URL, or names the other's outlet as its source. */
export function isLinked(a: LookupKeys, b: LookupKeys): boolean {
  return linksUrl(a, b) || namesOutletOf(a, b);
}

/**
 * A new item read against a candidate, links and attributions weighed in. A match through a link
 * to the candidate's own URL ranks above equally close text: one template's headline fits every
 * region's story, and the link names the one it is.
 */
export function compareWithCandidate(item: ClusterKeys, candidate: ClusterKeys): Comparison {
  let urlLinked = false;
  const comparison = compareTexts(item.fingerprint, candidate.fingerprint, () => {
    urlLinked = linksUrl(item, candidate);
    return { linked: urlLinked || namesOutletOf(item, candidate) };
  });
  const { match } = comparison;
  return match && urlLinked
    ? { ...comparison, match: { ...match, score: match.score + MATCH_RULES.urlLinkBonus } }
    : comparison;
}

/**
 * Most earlier items of a batch, and most stored items, compared with one item: the database
 * lookup's cap is per key kind, and a look-alike of a template found hundreds by each.
 */
const MAX_BATCH_CANDIDATES = 400;
const MAX_STORED_CANDIDATES = 400;

/**
 * Whether a pair sharing these keys can meet a rule of MATCH_RULES at all, known before their
 * texts are compared. Most candidates share a phrase or two and nothing else (one a whole series
 * of stories repeats). The passage rule is decided by the count of shared anchors alone; two texts
 * that resemble each other as wholes share an LSH band (near certainly from Jaccard 0.5, see
 * minhash.ts); a link is a key of its own. A headline posted alone has too few anchors to
 * count, and is always compared. Whether the pair is linked is asked only when the two passage
 * rules disagree on the count (for most candidates, one shared phrase, they both refuse it).
 */
export function mayMatch(item: ClusterKeys, candidate: LookupKeys, shared: SharedKeys): boolean {
  if (shared.bands > 0 || shared.links > 0) return true;
  const fewerAnchors = Math.min(item.fingerprint.passages.length, candidate.fingerprint.passages.length);
  if (fewerAnchors <= MATCH_RULES.headline.maxAnchors) return true;
  const unlinked = meetsPassageRule(MATCH_RULES.passage, shared.passages, fewerAnchors);
  const linked = meetsPassageRule(MATCH_RULES.linkedPassage, shared.passages, fewerAnchors);
  return unlinked === linked ? unlinked : isLinked(item, candidate) ? linked : unlinked;
}

function meetsPassageRule(
  rule: { minShared: number; minShareOfShorter: number },
  sharedAnchors: number,
  fewerAnchors: number,
): boolean {
  return sharedAnchors >= rule.minShared && sharedAnchors >= rule.minShareOfShorter * fewerAnchors;
}

/** The earlier items of the batch that are in a claim: the batch's half of `findCandidates`. */
export class BatchIndex {
  private readonly index = new SharedKeyIndex();
  private readonly entries: Candidate[] = [];
  private readonly idOfItem = new Map<string, number>();

  /** As in the database, a covered copy (not `textIndexed`) is found by its URLs alone. */
  add(keys: ClusterKeys, itemId: string, claimId: string, textIndexed: boolean): void {
    const id = this.entries.length;
    this.entries.push({ ...keys, itemId, claimId, textIndexed });
    this.idOfItem.set(itemId, id);
    this.index.add(keys, id, { text: textIndexed });
  }

  /** An earlier item of the batch placed in another claim: later items that match it join that one. */
  move(itemId: string, claimId: string): void {
    const id = this.idOfItem.get(itemId);
    if (id !== undefined) this.entries[id] = { ...(this.entries[id] as Candidate), claimId };
  }

  /**
   * The entries that may match `keys` (`mayMatch`); when more than MAX_BATCH_CANDIDATES do, those
   * sharing the most keys (a batch of one feed's look-alike items would otherwise compare every pair).
   */
  candidates(keys: ClusterKeys): Candidate[] {
    const shared = this.index.shared(keys);
    // A text that does not look up by band keys still counts those it shares with what its other
    // keys found, as `storedCandidatesByItem` does.
    const bandsCounted = looksUpByBands(keys.fingerprint);
    let ids = shared.ids.filter((id) => {
      const entry = this.entries[id] as Candidate;
      const sharedKeys = shared.of(id);
      if (!bandsCounted) sharedKeys.bands = sharedBands(keys.fingerprint.bands, entry.fingerprint.bands, 1);
      return mayMatch(keys, entry, sharedKeys);
    });
    if (ids.length > MAX_BATCH_CANDIDATES)
      ids = ids.sort((a, b) => shared.total(b) - shared.total(a) || a - b).slice(0, MAX_BATCH_CANDIDATES);
    return ids.map((id) => this.entries[id] as Candidate);
  }
}

/**
 * The stored candidates to compare with each new item, by the item's index: each candidate is
 * offered to the items whose keys found it, if they may match (only those are then read whole);
 * when more than MAX_STORED_CANDIDATES may, those sharing the most keys.
 */
export function storedCandidatesByItem<C extends FoundCandidate>(
  items: readonly ClusterKeys[],
  stored: readonly C[],
): C[][] {
  // Indexed by item, not a map: a look-alike feed offers hundreds of pairs per item.
  const byItem = items.map((): C[] => []);
  // One count reused for every pair.
  const shared: SharedKeys = { bands: 0, passages: 0, links: 0 };
  for (const candidate of stored) {
    const candidateBands = candidate.fingerprint.bands;
    for (const id of candidate.forItems) {
      const item = items[id] as ClusterKeys;
      // A shared band key alone lets a pair be compared (mayMatch): most look-alike pairs stop there.
      const offer =
        sharedBands(item.fingerprint.bands, candidateBands, 1) > 0 ||
        mayMatch(item, candidate, countSharedKeys(item, candidate, shared));
      if (offer) (byItem[id] as C[]).push(candidate);
    }
  }
  return byItem.map((list, id) =>
    list.length > MAX_STORED_CANDIDATES ? sharingMost(items[id] as ClusterKeys, list) : list,
  );
}

/**
 * The MAX_STORED_CANDIDATES candidates sharing the most keys with the item, most first, ties in
 * the order found. Totals are small counts, so they are sorted by counting: a look-alike's
 * hundreds of candidates, for each item of a batch, made a comparison sort a cost of its own.
 */
function sharingMost<C extends FoundCandidate>(item: ClusterKeys, candidates: readonly C[]): C[] {
  const shared: SharedKeys = { bands: 0, passages: 0, links: 0 };
  const totals = new Int32Array(candidates.length);
  let highest = 0;
  candidates.forEach((candidate, index) => {
    const { bands, passages, links } = countSharedKeys(item, candidate, shared);
    totals[index] = bands + passages + links;
    highest = Math.max(highest, bands + passages + links);
  });
  // Where each total's run starts in the result, the highest total first.
  const start = new Int32Array(highest + 1);
  for (const total of totals) start[total] = (start[total] ?? 0) + 1;
  let at = 0;
  for (let total = highest; total >= 0; total--) {
    const count = start[total] ?? 0;
    start[total] = at;
    at += count;
  }
  const sorted = new Array<C>(candidates.length);
  candidates.forEach((candidate, index) => {
    const total = totals[index] ?? 0;
    sorted[start[total] ?? 0] = candidate;
    start[total] = (start[total] ?? 0) + 1;
  });
  return sorted.slice(0, MAX_STORED_CANDIDATES);
}

/** The keys two items share, counted as `SharedKeyIndex` counts them. */
export function sharedKeys(a: LookupKeys, b: LookupKeys): SharedKeys {
  return countSharedKeys(a, b, { bands: 0, passages: 0, links: 0 });
}

function countSharedKeys(a: LookupKeys, b: LookupKeys, into: SharedKeys): SharedKeys {
  into.bands = sharedBands(a.fingerprint.bands, b.fingerprint.bands);
  into.passages = countCommon(a.fingerprint.passages, b.fingerprint.passages);
  into.links = countShared(a.linkKeys, b.urlKeys) + countShared(a.urlKeys, b.linkKeys);
  return into;
}

/**
 * Band keys two items share, counted up to `enough`. Each key hashes its band's number in
 * (minhash.ts), so only keys of one band can be equal, and two full lists are compared band by
 * band.
 */
function sharedBands(a: readonly number[], b: readonly number[], enough = Infinity): number {
  if (a.length !== b.length) return countShared(a, b);
  let shared = 0;
  for (let band = 0; band < a.length && shared < enough; band++) if (a[band] === b[band]) shared++;
  return shared;
}

/** Values of `a` in `b`: short unsorted lists (URL keys). */
function countShared<T>(a: readonly T[], b: readonly T[]): number {
  let shared = 0;
  if (b.length > 0) for (const value of a) if (b.includes(value)) shared++;
  return shared;
}
