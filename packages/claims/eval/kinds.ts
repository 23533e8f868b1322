/**
 * The shapes a copy of a claim takes, in the order the evaluation prints them. A pair of two
 * copies counts under the later (harder) of its two kinds; a pair with the original counts under
 * the copy's kind.
 */
export const COPY_KINDS = [
  "original",
  "exact-copy",
  "aggregator-copy",
  "excerpt",
  "repost-with-link",
  "repost-with-comment",
  "truncated",
  "headline-only",
  "shouted",
  "russian-letters",
  "latin-informal",
  "latin-2021",
  "latin-2018",
  "latin-2017",
  "translation",
] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

export const NEAR_MISS_KINDS = ["same-event", "other-numbers", "next-story"] as const;
export type NearMissKind = (typeof NEAR_MISS_KINDS)[number];

/** The kind a pair of items counts under. */
export function pairKind(a: CopyKind, b: CopyKind): CopyKind {
  if (a === "original") return b;
  if (b === "original") return a;
  return COPY_KINDS.indexOf(a) >= COPY_KINDS.indexOf(b) ? a : b;
}
