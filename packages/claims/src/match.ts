import { SHORT_ITEM_WORDS, similarity, type Fingerprint, type Similarity } from "./fingerprint.ts";

/**
 * Thresholds tuned on eval/pairs.json (see eval/README.md). Articles: an aggregator copy or a
 * repost keeps most bigrams, so a moderate Jaccard or a near-complete containment is enough.
 * Short items: two headlines on one topic share many words, so they must agree almost exactly.
 */
export const MATCH_RULES = {
  long: { jaccard: 0.4, containment: 0.8, minShingles: 12 },
  short: { jaccard: 0.75, containment: 0.9, minShingles: 6 },
} as const;

export function isShort(fingerprint: Fingerprint): boolean {
  return fingerprint.tokenCount < SHORT_ITEM_WORDS;
}

/** The similarity of two items if they carry the same claim, or null when they do not. */
export function sameClaim(a: Fingerprint, b: Fingerprint): Similarity | null {
  const rule = isShort(a) || isShort(b) ? MATCH_RULES.short : MATCH_RULES.long;
  const score = similarity(a, b);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (score.jaccard >= rule.jaccard) return score;
  // Containment is only trusted when both shingle sets are known exactly: estimated from MinHash
  // for sets of very different sizes it is too noisy to decide on.
  const exact = a.shingles !== null && b.shingles !== null;
  if (exact && smaller >= rule.minShingles && score.containment >= rule.containment) return score;
  return null;
}
