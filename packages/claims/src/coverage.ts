import { countCommon, type Fingerprint } from "./fingerprint.ts";
import { MATCH_RULES } from "./match.ts";

/**
 * When a copy adds nothing to what finds its claim: the lookup indexes need not hold its keys if
 * an indexed item of the same claim holds nearly all of its passage anchors and states every fact
 * it states. A repost under a one-line comment, an aggregator copy or a shouted forward is found,
 * and finds, through the item it copies; a text that adds a paragraph of its own, a figure, a
 * place or a month is indexed as itself.
 */
export const COVERAGE_RULE = {
  /** Share of the copy's anchors the indexed item holds: a short comment or prefix may add a few. */
  minShareOfAnchors: 0.75,
  /**
   * A text of so few anchors (a headline, one sentence) is found through its every trigram and
   * its band keys, which a longer text it is part of does not stand in for.
   */
  minAnchors: MATCH_RULES.headline.maxAnchors + 1,
} as const;

/** `copy`'s keys are covered by `indexed`'s (see COVERAGE_RULE); both are known to carry one claim. */
export function isCoveredBy(copy: Fingerprint, indexed: Fingerprint): boolean {
  if (copy.passages.length < COVERAGE_RULE.minAnchors) return false;
  if (countCommon(copy.passages, indexed.passages) < COVERAGE_RULE.minShareOfAnchors * copy.passages.length)
    return false;
  return (
    isSubset(copy.numbers, indexed.numbers) &&
    isSubset(copy.places, indexed.places) &&
    isSubset(copy.months, indexed.months) &&
    isSubset(copy.figureSlots, indexed.figureSlots)
  );
}

const isSubset = (part: readonly number[], whole: readonly number[]) =>
  part.length === 0 || countCommon(part, whole) === part.length;
