import { lookupBands, type ClusterKeys } from "./claim-fingerprints.ts";

/** The keys two items share, by kind: what found one as the other's candidate. */
export interface SharedKeys {
  bands: number;
  passages: number;
  /** URLs one links and the other is at, both ways. */
  links: number;
}

/** Where a kind of key is counted in an entry's slots of `SharedCounts`; slot 0 is their total. */
const BANDS = 1;
const PASSAGES = 2;
const LINKS = 3;
const SLOTS_PER_ENTRY = 4;
type KeyKind = typeof BANDS | typeof PASSAGES | typeof LINKS;

/**
 * The keys each entry shares with the last probe, by kind, counted in one typed array indexed by
 * entry id and cleared at the next probe: a look-alike's probe touches hundreds of entries, and a
 * map of a fresh object per entry was the largest cost of clustering's own code, and much of its
 * garbage.
 */
class SharedCounts {
  private counts = new Int32Array(0);
  /** The entries the last probe touched, in the order it first touched them. */
  readonly ids: number[] = [];

  /** Makes room for entry ids below `entries`. */
  reserve(entries: number): void {
    if (entries * SLOTS_PER_ENTRY <= this.counts.length) return;
    const grown = new Int32Array(Math.max(entries, 2 * (this.counts.length / SLOTS_PER_ENTRY), 256) * SLOTS_PER_ENTRY);
    grown.set(this.counts);
    this.counts = grown;
  }

  clear(): void {
    const { counts } = this;
    for (const id of this.ids) {
      const at = id * SLOTS_PER_ENTRY;
      for (let slot = at; slot < at + SLOTS_PER_ENTRY; slot++) counts[slot] = 0;
    }
    this.ids.length = 0;
  }

  add(id: number, kind: KeyKind): void {
    const at = id * SLOTS_PER_ENTRY;
    const total = this.counts[at] ?? 0;
    if (total === 0) this.ids.push(id);
    this.counts[at] = total + 1;
    this.counts[at + kind] = (this.counts[at + kind] ?? 0) + 1;
  }

  total(id: number): number {
    return this.counts[id * SLOTS_PER_ENTRY] ?? 0;
  }

  of(id: number): SharedKeys {
    const at = id * SLOTS_PER_ENTRY;
    const { counts } = this;
    return { bands: counts[at + BANDS] ?? 0, passages: counts[at + PASSAGES] ?? 0, links: counts[at + LINKS] ?? 0 };
  }
}

/**
 * Entry ids by key, one map per kind of key. Most keys belong to one entry, held as a number; an
 * array is made only for a key two entries share (one per key and entry was most of this index's
 * garbage).
 */
class KeyIndex<K> {
  private readonly ids = new Map<K, number | number[]>();

  constructor(private readonly keyOf: (key: K) => K = (key) => key) {}

  add(keys: readonly K[], id: number): void {
    for (const key of keys) {
      const folded = this.keyOf(key);
      const held = this.ids.get(folded);
      if (held === undefined) this.ids.set(folded, id);
      else if (typeof held === "number") this.ids.set(folded, [held, id]);
      else held.push(id);
    }
  }

  /** Counts, per entry, the keys it shares with `keys`, as keys of `kind`. */
  count(keys: readonly K[], kind: KeyKind, counts: SharedCounts): void {
    for (const key of keys) {
      const held = this.ids.get(this.keyOf(key));
      if (held === undefined) continue;
      if (typeof held === "number") counts.add(held, kind);
      else for (const id of held) counts.add(id, kind);
    }
  }
}

/**
 * A hash key as a 32-bit integer, which V8 keeps unboxed and maps hash fastest: band keys have 53
 * bits and anchors are unsigned. Two keys folded alike only make a pair compared that need not be.
 */
const int32 = (key: number) => key | 0;

/**
 * Items by the keys clustering finds candidates by, the database lookup's keys: fingerprints match
 * their own kind; a link is filed under the URL it points to and probed by the item's own URLs,
 * and back.
 */
export class SharedKeyIndex {
  private readonly bands = new KeyIndex<number>(int32);
  private readonly passages = new KeyIndex<number>(int32);
  private readonly urls = new KeyIndex<string>();
  private readonly links = new KeyIndex<string>();
  private readonly counts = new SharedCounts();

  /** Files an entry under its keys; under its URLs and links only when not `text`. */
  add(keys: ClusterKeys, id: number, { text }: { text: boolean } = { text: true }): void {
    this.counts.reserve(id + 1);
    if (text) {
      this.bands.add(keys.fingerprint.bands, id);
      this.passages.add(keys.fingerprint.passages, id);
    }
    this.urls.add(keys.urlKeys, id);
    this.links.add(keys.linkKeys, id);
  }

  /**
   * The entries sharing a key with `probe`, and what they share: valid until the next probe. Band
   * keys count only for a probe that looks up by them (`lookupBands`), as in the database.
   */
  shared(probe: ClusterKeys): SharedCounts {
    this.counts.clear();
    this.bands.count(lookupBands(probe), BANDS, this.counts);
    this.passages.count(probe.fingerprint.passages, PASSAGES, this.counts);
    this.urls.count(probe.linkKeys, LINKS, this.counts);
    this.links.count(probe.urlKeys, LINKS, this.counts);
    return this.counts;
  }
}
