import type { TClaimStatus, TVerdict } from "@tekser/contracts";
import { t, verdictLabel } from "../i18n/t.ts";
import { shownLabel } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";
import { VerdictLabelChip } from "../verdict-scale/verdict-label-chip.tsx";

/** Claim status as a coloured pill; `data-status` carries the raw enum value for tests and styles. */
export function StatusBadge({ status, testId }: { status: TClaimStatus; testId?: string }) {
  return (
    <span className={`badge status-${status}`} data-status={status} data-testid={testId}>
      {t(`status.${status}`)}
    </span>
  );
}

/**
 * A verdict as the desk words it: the team's label in the dashboard's language, its colour as a
 * dot (the pill keeps the meaning's background, so the text stays legible); `data-verdict` is the
 * meaning. The built-in wording shows until the scale has loaded.
 */
export function VerdictBadge({
  verdict,
  labelId,
  testId,
}: {
  verdict: TVerdict | null;
  labelId?: string | null;
  testId?: string;
}) {
  const { labels } = useVerdictScale();
  if (!verdict) {
    return (
      <span className="badge-none" data-testid={testId} data-verdict="">
        —
      </span>
    );
  }
  const label = shownLabel(labels, verdict, labelId);
  if (label) return <VerdictLabelChip label={label} testId={testId} />;
  return (
    <span className={`badge verdict-${verdict}`} data-verdict={verdict} data-testid={testId}>
      {verdictLabel(verdict)}
    </span>
  );
}
