import type { TClaimStatus, TVerdict } from "@tekser/contracts";
import { t, verdictLabel } from "../i18n/t.ts";

/** Claim status as a coloured pill; `data-status` carries the raw enum value for tests and styles. */
export function StatusBadge({ status, testId }: { status: TClaimStatus; testId?: string }) {
  return (
    <span className={`badge status-${status}`} data-status={status} data-testid={testId}>
      {t(`status.${status}`)}
    </span>
  );
}

export function VerdictBadge({ verdict, testId }: { verdict: TVerdict | null; testId?: string }) {
  if (!verdict) {
    return (
      <span className="badge-none" data-testid={testId} data-verdict="">
        —
      </span>
    );
  }
  return (
    <span className={`badge verdict-${verdict}`} data-verdict={verdict} data-testid={testId}>
      {verdictLabel(verdict)}
    </span>
  );
}
