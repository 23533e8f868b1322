import { Link } from "wouter";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { t } from "../i18n/t.ts";

/**
 * A link to a claim's audit timeline, shown only to those who may read the audit log. A notice's
 * history is its claim's timeline (publications and corrections are events on the claim).
 */
export function ClaimHistoryLink({ claimId, testId = "claim-history-link" }: { claimId: string; testId?: string }) {
  const me = useMe();
  if (!can.audit(me.role)) return null;
  return (
    <Link to={`/audit/claims/${claimId}`} className="history-link" data-testid={testId}>
      {t("audit.timeline.link")}
    </Link>
  );
}
