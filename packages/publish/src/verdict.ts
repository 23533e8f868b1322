import { VERDICT_LABELS, type TLang, type TNoticeDocument, type TVerdict } from "@tekser/contracts";

/**
 * Numeric rating published in ClaimReview `reviewRating` for versions signed before the team's
 * verdict scale existed (newer versions carry their label's own rating), on a 1–5 scale
 * (worstRating 1 = false, bestRating 5 = true):
 *
 * | verdict      | ratingValue | meaning                                   |
 * | ------------ | ----------- | ----------------------------------------- |
 * | fake         | 1           | the claim is false                        |
 * | misleading   | 2           | true elements, false overall impression   |
 * | unverifiable | 3           | neither confirmed nor refuted (midpoint)  |
 * | verified     | 5           | the claim is true                         |
 *
 * 4 ("mostly true") is deliberately unused: Tekser has no such verdict, and leaving the gap
 * keeps `verified` at the top of the scale. Consumers such as Google's Fact Check tools rely
 * mainly on the textual `alternateName`; the number is a secondary, machine-sortable signal.
 */
export const VERDICT_RATING: Record<TVerdict, { ratingValue: number; bestRating: 5; worstRating: 1 }> = {
  fake: { ratingValue: 1, bestRating: 5, worstRating: 1 },
  misleading: { ratingValue: 2, bestRating: 5, worstRating: 1 },
  unverifiable: { ratingValue: 3, bestRating: 5, worstRating: 1 },
  verified: { ratingValue: 5, bestRating: 5, worstRating: 1 },
};

/** Languages with their own reader-facing strings; everything else is shown in English. */
export type TUiLang = "kk" | "ru" | "en";

export function uiLang(lang: TLang): TUiLang {
  return lang === "other" ? "en" : lang;
}

type VerdictOfNotice = Pick<TNoticeDocument, "verdict" | "verdictLabel" | "lang">;

/**
 * The verdict as readers see it in the notice's language (English for `other`): the wording of
 * the scale's label the version was published with, or the built-in wording for versions older
 * than the scale.
 */
export function verdictLabel(notice: VerdictOfNotice): string {
  const ui = uiLang(notice.lang);
  return notice.verdictLabel?.wording[ui] ?? VERDICT_LABELS[notice.verdict][ui];
}

/** ClaimReview `reviewRating.ratingValue` of a version: its label's rating, else the built-in one. */
export function verdictRating(notice: VerdictOfNotice): number {
  return notice.verdictLabel?.rating ?? VERDICT_RATING[notice.verdict].ratingValue;
}

/** BCP 47 tag for a notice language, or undefined for `other`, which names no language. */
export function languageTag(lang: TLang): string | undefined {
  return lang === "other" ? undefined : lang;
}
