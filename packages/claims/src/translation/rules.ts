import type { TranslationEvidence } from "./evidence.ts";

/**
 * When the evidence of `translationEvidence` makes a Russian text a language version of a Kazakh
 * one (or the reverse). An automatic join must be right (a wrong one hides a claim inside
 * another), so it asks for agreement of both kinds — several names, places, numbers or dates,
 * and most of the vocabulary — and nothing contradicting: the same template with other numbers
 * or another date stays apart. Below that, the pair is offered to a person as a suggestion.
 */
export const TRANSLATION_RULES = {
  automatic: {
    minScore: 0.5,
    minAnchors: 3,
    /**
     * At least one shared name or place, or two shared figures (a percentage and a price): a
     * number and a date alone fit many stories.
     */
    minNamesOrPlaces: 1,
    minFiguresWithoutNames: 2,
    minConcepts: 4,
    minConceptAgreement: 0.4,
    maxContradictions: 0,
  },
  suggest: {
    minScore: 0.3,
    minAnchors: 1,
  },
  /** Which stored items are compared with a new one at all. */
  candidates: {
    /** A story is retold in the other language within days; older items are not looked at. */
    withinDays: 7,
    /** Most stored items compared per new item, those sharing the most anchors first. */
    max: 50,
  },
} as const;

export type TranslationDecision = "automatic" | "suggest" | null;

/** What the rules make of one pair's evidence. */
export function decideTranslation(
  evidence: TranslationEvidence,
  rules: Pick<typeof TRANSLATION_RULES, "automatic" | "suggest"> = TRANSLATION_RULES,
): TranslationDecision {
  const { automatic, suggest } = rules;
  if (
    evidence.score >= automatic.minScore &&
    evidence.anchors >= automatic.minAnchors &&
    (evidence.names.length + evidence.places.length >= automatic.minNamesOrPlaces ||
      evidence.figures.length >= automatic.minFiguresWithoutNames) &&
    evidence.concepts.length >= automatic.minConcepts &&
    evidence.conceptAgreement >= automatic.minConceptAgreement &&
    evidence.contradictions.length <= automatic.maxContradictions
  ) {
    return "automatic";
  }
  return evidence.score >= suggest.minScore && evidence.anchors >= suggest.minAnchors ? "suggest" : null;
}
