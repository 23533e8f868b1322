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
  /**
   * A rumour that names nobody ("on 15 March polling stations close at 14:00"): its day and a
   * figure both stated on each side, and most of a longer vocabulary agreeing. Another day, hour
   * or sum on one side is a contradiction and keeps the pair a suggestion.
   */
  automaticOnDayAndFigure: {
    minScore: 0.6,
    minDates: 1,
    minFigures: 1,
    minConcepts: 5,
    minConceptAgreement: 0.6,
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
  rules: Pick<typeof TRANSLATION_RULES, "automatic" | "automaticOnDayAndFigure" | "suggest"> = TRANSLATION_RULES,
): TranslationDecision {
  const { automatic, automaticOnDayAndFigure: dayAndFigure, suggest } = rules;
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
  if (
    evidence.score >= dayAndFigure.minScore &&
    evidence.dates.length >= dayAndFigure.minDates &&
    evidence.figures.length >= dayAndFigure.minFigures &&
    evidence.concepts.length >= dayAndFigure.minConcepts &&
    evidence.conceptAgreement >= dayAndFigure.minConceptAgreement &&
    evidence.contradictions.length <= dayAndFigure.maxContradictions
  ) {
    return "automatic";
  }
  return evidence.score >= suggest.minScore && evidence.anchors >= suggest.minAnchors ? "suggest" : null;
}
