import type { TVerdict, TVerdictLabel } from "@tekser/contracts";
import { labelWording, verdictLabel } from "../i18n/t.ts";

/**
 * The label a verdict is shown with: the one it was given when that label still stands for the
 * verdict's meaning; otherwise (an imported verdict, one given before the scale) the scale's
 * first active label of that meaning, as the server gives a verdict sent without a label.
 */
export function shownLabel(
  labels: readonly TVerdictLabel[],
  verdict: TVerdict,
  labelId: string | null | undefined,
): TVerdictLabel | undefined {
  const given = labelId ? labels.find((label) => label.id === labelId) : undefined;
  if (given?.meaning === verdict) return given;
  return (
    labels.find((label) => label.meaning === verdict && !label.retired) ??
    labels.find((label) => label.meaning === verdict)
  );
}

/**
 * A meaning as the desk words it, for filters and breakdowns that group by meaning: its active
 * labels in the scale's order ("Полуправда / Манипуляция"), or the built-in wording.
 */
export function meaningWording(labels: readonly TVerdictLabel[], meaning: TVerdict): string {
  const active = labels.filter((label) => label.meaning === meaning && !label.retired);
  return active.length > 0 ? active.map(labelWording).join(" / ") : verdictLabel(meaning);
}

/** The colour a meaning is drawn in: that of its first active label, else `fallback`. */
export function meaningColour(labels: readonly TVerdictLabel[], meaning: TVerdict, fallback: string): string {
  return labels.find((label) => label.meaning === meaning && !label.retired)?.colour ?? fallback;
}
