/**
 * MinHash signatures over shingle hashes and their locality-sensitive band keys.
 * BANDS × ROWS = SIGNATURE_SIZE; two texts become candidates when any band agrees, which for
 * 20 bands of 3 rows happens with probability 1 − (1 − J³)²⁰: 0.93 at Jaccard 0.5, 0.99 at 0.6.
 */
export const SIGNATURE_SIZE = 60;
export const BANDS = 20;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit: a fast, well-spread hash of a shingle string. */
export function hashString(text: string): number {
  return hashOn(FNV_OFFSET, text) >>> 0;
}

/**
 * `hashString` of words joined by single spaces, without joining them: the same value as
 * `hashString(words.join(" "))`.
 */
export function hashJoined(first: string, second: string): number {
  return hashOn(Math.imul(hashOn(FNV_OFFSET, first) ^ 0x20, FNV_PRIME), second) >>> 0;
}

/** FNV-1a's state after `text`, from `hash`. */
function hashOn(hash: number, text: string): number {
  let state = hash;
  for (let i = 0; i < text.length; i++) {
    state ^= text.charCodeAt(i);
    state = Math.imul(state, FNV_PRIME);
  }
  return state;
}

/** murmur3's finaliser: turns (value xor seed) into an independent-looking 32-bit hash. */
export function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x632be5ab)));

/**
 * The MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). The minima
 * are kept in a typed array: a long page hashes each of its hundreds of shingles 60 times, and
 * this loop was the largest single cost of analysing it.
 */
export function minhashSignature(shingleHashes: Iterable<number>): number[] {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingleHashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle ^ (SEEDS[i] as number));
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return Array.from(signature);
}

/**
 * One key per band, unique across bands (the band number is hashed in) and below 2^53 so it is
 * exact both as a JavaScript number and as a PostgreSQL bigint.
 */
export function bandKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let high = mix(band + 0x51ed27);
    let low = mix(band ^ 0x2545f491);
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      const value = signature[band * ROWS_PER_BAND + row] ?? 0;
      high = mix(high ^ value);
      low = mix(Math.imul(low, 31) ^ value);
    }
    keys.push((high & 0x1fffff) * 0x100000000 + low);
  }
  return keys;
}

/** Share of equal signature positions: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}
