import { compareTexts, MATCH_RULES, webAddressesIn, type Comparison, type Fingerprint } from "@tekser/claims";
import { urlIdentityKeys } from "@tekser/ingest";
import type { Candidate, ClusterKeys } from "./claim-fingerprints.ts";
import { itemOutlets } from "./claim-rules.ts";

/**
 * An item as clustering reads it: its text's fingerprint and its URLs, links and source. Its links
 * are those its input marked and those written in its text (a post on a platform that marks
 * none, or a link printed without its scheme).
 */
export function clusterKeys(
  item: { site: string; url: string | null; canonicalUrl: string | null; links: readonly string[]; text: string; originalSource: string | null },
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

const intersects = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && a.some((key) => b.includes(key));

/** `copy` links one of `source`'s URLs. */
export const linksTo = (copy: ClusterKeys, source: ClusterKeys) => intersects(copy.linkKeys, source.urlKeys);

/** One links the other's URL. */
const linksUrl = (a: ClusterKeys, b: ClusterKeys) => linksTo(a, b) || linksTo(b, a);

/** One links the other's URL, or names the other's outlet as its source ("aikyn.kz деректеріне сәйкес"). */
export function isLinked(a: ClusterKeys, b: ClusterKeys): boolean {
  return linksUrl(a, b) || a.namedOutlet === b.outlet || b.namedOutlet === a.outlet;
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
    return { linked: urlLinked || isLinked(item, candidate) };
  });
  const { match } = comparison;
  return match && urlLinked ? { ...comparison, match: { ...match, score: match.score + MATCH_RULES.urlLinkBonus } } : comparison;
}

/** Most earlier items of a batch compared with one item (the database lookup's cap is per key kind). */
const MAX_BATCH_CANDIDATES = 400;

/** Entry ids by key, one map per kind of key (numbers stay numbers: no key strings per lookup). */
class KeyIndex<K> {
  private readonly ids = new Map<K, number[]>();

  add(keys: readonly K[], id: number): void {
    for (const key of keys) {
      const bucket = this.ids.get(key);
      if (bucket) bucket.push(id);
      else this.ids.set(key, [id]);
    }
  }

  /** Counts, per entry, the keys it shares with `keys`. */
  count(keys: readonly K[], shared: Map<number, number>): void {
    for (const key of keys) for (const id of this.ids.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
}

/**
 * The earlier items of the batch that are in a claim, found by the keys the database lookup uses:
 * the batch's half of `findCandidates`. Fingerprints match their own kind; a link is filed under
 * the URL it points to and probed by the item's own URLs, and back.
 */
export class BatchIndex {
  private readonly bands = new KeyIndex<number>();
  private readonly passages = new KeyIndex<number>();
  private readonly urls = new KeyIndex<string>();
  private readonly links = new KeyIndex<string>();
  private readonly entries: Candidate[] = [];
  private readonly idOfItem = new Map<string, number>();

  add(keys: ClusterKeys, itemId: string, claimId: string): void {
    const id = this.entries.length;
    this.entries.push({ ...keys, itemId, claimId });
    this.idOfItem.set(itemId, id);
    this.bands.add(keys.fingerprint.bands, id);
    this.passages.add(keys.fingerprint.passages, id);
    this.urls.add(keys.urlKeys, id);
    this.links.add(keys.linkKeys, id);
  }

  /** An earlier item of the batch placed in another claim: later items that match it join that one. */
  move(itemId: string, claimId: string): void {
    const id = this.idOfItem.get(itemId);
    if (id !== undefined) this.entries[id] = { ...(this.entries[id] as Candidate), claimId };
  }

  /**
   * The entries sharing a key with `keys`; when more than MAX_BATCH_CANDIDATES do, those sharing
   * the most keys (a batch of one feed's look-alike items would otherwise compare every pair).
   */
  candidates(keys: ClusterKeys): Candidate[] {
    const shared = new Map<number, number>();
    this.bands.count(keys.fingerprint.bands, shared);
    this.passages.count(keys.fingerprint.passages, shared);
    this.urls.count(keys.linkKeys, shared);
    this.links.count(keys.urlKeys, shared);
    let ids = [...shared.keys()];
    if (ids.length > MAX_BATCH_CANDIDATES) ids = ids.sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || a - b).slice(0, MAX_BATCH_CANDIDATES);
    return ids.map((id) => this.entries[id] as Candidate);
  }
}
