import { bandKeys, estimateJaccard, hashJoined, hashString, minhashSignature } from "./minhash.ts";
import { figureKeys, figureSlotKeys, monthKeys, namesOtherFacts, placeKeys } from "./facts.ts";
import { readFigures } from "./figures.ts";
import { normaliseText, searchTextOf } from "./normalise.ts";
import { contentTokens, lookupAnchors, matchKey, passageKeys, sortedAnchors } from "./passages.ts";

/** Items with fewer words than this are "short" (headlines, one-sentence posts). */
export const SHORT_ITEM_WORDS = 25;
/**
 * Up to this many words the exact shingle set is kept too (a few hundred bytes), so a short item
 * and its repost with a comment line are compared exactly rather than through the estimate.
 */
const EXACT_SHINGLES_MAX_WORDS = 80;

/** What is stored per item to find and judge its near-duplicates without re-reading its text. */
export interface Fingerprint {
  tokenCount: number;
  shingleCount: number;
  signature: number[];
  bands: number[];
  /** The exact shingle set of a short item, so short items are compared exactly, not estimated. */
  shingles: number[] | null;
  /** Winnowed content-word trigrams (see passages.ts): find a passage of one text inside another. */
  passages: number[];
  /**
   * Of a long text, the passages it looks stored texts up by (passages.ts `lookupAnchors`), when
   * fewer than all: known while the text is fingerprinted, not stored.
   */
  lookupPassages?: number[];
  /** The figures the text states, in digits or in words, hashed (see facts.ts): a copy states the same figures. */
  numbers: number[];
  /** The Kazakhstan places and the months the text names, hashed (see facts.ts). */
  places: number[];
  months: number[];
  /** Each figure with the word after it (facts.ts `figureSlotKeys`): a copy puts no other figure there. */
  figureSlots: number[];
  /** Every content-word trigram of the text's start (see passages.ts `LEAD_WORDS`). */
  lead: number[];
}

/**
 * Word bigrams of the normalised text (a one-word text is its single word). Bigrams rather than
 * longer shingles because posts are short and agglutinative Kazakh word forms already carry a
 * lot of context.
 */
export function shingleHashes(tokens: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (tokens.length === 1) hashes.add(hashString(tokens[0] ?? ""));
  for (let i = 0; i + 1 < tokens.length; i++) hashes.add(hashJoined(tokens[i] as string, tokens[i + 1] as string));
  return hashes;
}

/** `sentenceStarts`: tokens that start a sentence or a line (`normaliseText`), where no figure runs on. */
export function fingerprintTokens(
  skeletons: readonly string[],
  sentenceStarts: ReadonlySet<number> = new Set(),
): Fingerprint {
  const tokens = skeletons.map(matchKey);
  const content = contentTokens(skeletons, tokens);
  const shingles = shingleHashes(tokens);
  const figures = readFigures(tokens, sentenceStarts);
  const signature = minhashSignature(shingles);
  const { anchorsInOrder, lead } = passageKeys(content);
  const lookupPassages = lookupAnchors(anchorsInOrder);
  return {
    tokenCount: tokens.length,
    shingleCount: shingles.size,
    signature,
    bands: shingles.size === 0 ? [] : bandKeys(signature),
    shingles: tokens.length <= EXACT_SHINGLES_MAX_WORDS ? [...shingles].sort((x, y) => x - y) : null,
    passages: sortedAnchors(anchorsInOrder),
    ...(lookupPassages ? { lookupPassages } : {}),
    numbers: figureKeys(figures),
    places: placeKeys(content),
    months: monthKeys(content),
    figureSlots: figureSlotKeys(figures),
    lead,
  };
}

/** Fingerprint of an item's title and text (the title helps short posts that have one). */
export function fingerprintText(text: string, siteLines?: ReadonlySet<string>): Fingerprint {
  const { tokens, sentenceStarts } = normaliseText(text, siteLines);
  return fingerprintTokens(tokens, sentenceStarts);
}

/** What clustering and search read of a text. */
export interface TextAnalysis {
  fingerprint: Fingerprint;
  searchText: string;
}

/** `fingerprintText` and `searchText` of one text, normalising it once for both. */
export function analyseText(text: string): TextAnalysis {
  const { tokens, sentenceStarts } = normaliseText(text);
  return { fingerprint: fingerprintTokens(tokens, sentenceStarts), searchText: searchTextOf(tokens) };
}

export interface Similarity {
  jaccard: number;
  /** Share of the smaller set found in the larger: high when one text quotes the other whole. */
  containment: number;
  /** Passage anchors both texts have, and their share of the shorter text's anchors. */
  passage: { shared: number; ofShorter: number };
  /** Share of the shorter text's numbers missing from the other (0 when it states none). */
  numbersMissing: number;
  /** Each names a place or a month the other does not, or states another figure before the same word (facts.ts): one template, another region, month or figure. */
  otherFacts: boolean;
  /** Share of the smaller lead's trigrams found in the other lead: a headline at a text's start. */
  leadContainment: number;
}

export function similarity(a: Fingerprint, b: Fingerprint): Similarity {
  const shared = countCommon(a.passages, b.passages);
  const shorter = Math.min(a.passages.length, b.passages.length);
  const passage = { shared, ofShorter: shorter === 0 ? 0 : shared / shorter };
  const numbersMissing = missingNumbers(a, b);
  const otherFacts = namesOtherFacts(a, b);
  const smallerLead = Math.min(a.lead.length, b.lead.length);
  const leadContainment = smallerLead === 0 ? 0 : countCommon(a.lead, b.lead) / smallerLead;
  const { jaccard, intersection } = bigramOverlap(a, b);
  const containment = intersection === 0 ? 0 : Math.min(1, intersection / Math.min(a.shingleCount, b.shingleCount));
  return { jaccard, containment, passage, numbersMissing, otherFacts, leadContainment };
}

/**
 * The Jaccard of two texts' bigram sets when it can reach `threshold`, else 0. Sets of sizes
 * m ≤ n share at most m bigrams, so their Jaccard is at most m / n: most pairs are ruled out
 * before a bigram is compared.
 */
export function jaccardReaching(a: Fingerprint, b: Fingerprint, threshold: number): number {
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (smaller === 0 || smaller / Math.max(a.shingleCount, b.shingleCount) < threshold) return 0;
  const { jaccard } = bigramOverlap(a, b);
  return jaccard >= threshold ? jaccard : 0;
}

/** Exact when both bigram sets are known, else estimated from the MinHash signatures. */
function bigramOverlap(a: Fingerprint, b: Fingerprint): { jaccard: number; intersection: number } {
  if (a.shingleCount === 0 || b.shingleCount === 0) return { jaccard: 0, intersection: 0 };
  if (a.shingles && b.shingles) {
    const intersection = countCommon(a.shingles, b.shingles);
    return { jaccard: intersection / (a.shingleCount + b.shingleCount - intersection), intersection };
  }
  const jaccard = estimateJaccard(a.signature, b.signature);
  return { jaccard, intersection: (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard) };
}

/** The text with fewer passage anchors is the one quoted; its figures must be in the other. */
export function missingNumbers(a: Fingerprint, b: Fingerprint): number {
  const aShorter = a.passages.length <= b.passages.length;
  const shorter = aShorter ? a : b;
  const longer = aShorter ? b : a;
  if (shorter.numbers.length === 0) return 0;
  return 1 - countCommon(shorter.numbers, longer.numbers) / shorter.numbers.length;
}

/** Values two sorted lists share. */
export function countCommon(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}
