import type { TVerdict, TVerdictLabelMap } from "@tekser/contracts";

/**
 * Verdict labels other desks publish, onto the team's four verdicts. Written once: the CLI's
 * `--map "Label=verdict"` and the upload screen's overrides are read before it. "Mostly false"
 * and "half true" keep true elements behind a false impression, which is what the team calls
 * misleading; only a label that says the claim is false outright becomes fake.
 */
const DEFAULT_VERDICT_LABELS: Readonly<Record<string, TVerdict>> = {
  // Factcheck.kz and other Russian-language desks
  "ложь": "fake",
  "неправда": "fake",
  "фейк": "fake",
  "скорее ложь": "misleading",
  "полуправда": "misleading",
  "манипуляция": "misleading",
  "вводит в заблуждение": "misleading",
  "без вердикта": "unverifiable",
  "не доказано": "unverifiable",
  "непроверяемо": "unverifiable",
  "скорее правда": "verified",
  "правда": "verified",
  // Kazakh
  "жалған": "fake",
  "өтірік": "fake",
  "жартылай шындық": "misleading",
  "жартылай рас": "misleading",
  "манипуляция жасалған": "misleading",
  "адастырады": "misleading",
  "вердиктсіз": "unverifiable",
  "дәлелденбеген": "unverifiable",
  "шындық": "verified",
  "рас": "verified",
  "ақиқат": "verified",
  // English (Google Fact Check Tools, IFCN signatories)
  "false": "fake",
  "fake": "fake",
  "pants on fire": "fake",
  "fabricated": "fake",
  "mostly false": "misleading",
  "half true": "misleading",
  "misleading": "misleading",
  "missing context": "misleading",
  "manipulated": "misleading",
  "unproven": "unverifiable",
  "unverified": "unverifiable",
  "unverifiable": "unverifiable",
  "no verdict": "unverifiable",
  "mostly true": "verified",
  "true": "verified",
  "correct": "verified",
  "verified": "verified",
};

/**
 * Where each verdict sits on a ClaimReview rating scale from worst (0) to best (1), as Tekser's
 * own notices rate them (1, 2, 3 and 5 of 5): a rating with no known label goes to the nearest.
 */
const RATING_POSITIONS: readonly { at: number; verdict: TVerdict }[] = [
  { at: 0, verdict: "fake" },
  { at: 0.25, verdict: "misleading" },
  { at: 0.5, verdict: "unverifiable" },
  { at: 1, verdict: "verified" },
];

function labelKey(label: string): string {
  return label
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s.!]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The user's overrides, keyed as labels are looked up. */
export function labelOverrides(map: TVerdictLabelMap): Map<string, TVerdict> {
  return new Map(Object.entries(map).map(([label, verdict]) => [labelKey(label), verdict]));
}

/** The verdict a label names: the user's overrides first, then the defaults. */
export function verdictOfLabel(label: string, overrides: ReadonlyMap<string, TVerdict>): TVerdict | null {
  const key = labelKey(label);
  return overrides.get(key) ?? DEFAULT_VERDICT_LABELS[key] ?? null;
}

export interface Rating {
  value: number;
  best: number;
  worst: number;
}

/** The verdict nearest a rating on its own scale, or null when the scale is not a scale. */
export function verdictOfRating({ value, best, worst }: Rating): TVerdict | null {
  if (best === worst || !Number.isFinite(value)) return null;
  const position = (value - worst) / (best - worst);
  if (position < 0 || position > 1) return null;
  let nearest = RATING_POSITIONS[0] as (typeof RATING_POSITIONS)[number];
  for (const point of RATING_POSITIONS)
    if (Math.abs(point.at - position) < Math.abs(nearest.at - position)) nearest = point;
  return nearest.verdict;
}
