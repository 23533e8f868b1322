import { Link } from "wouter";
import { can } from "../auth/roles.ts";
import { useMe } from "../auth/use-me.ts";
import { t } from "../i18n/t.ts";

/** A link to a claim's audit timeline, shown only to those who may read the audit log. */
export function ClaimHistoryLink({ claimId }: { claimId: string }) {
  const me = useMe();
  if (!can.audit(me.role)) return null;
  return (
    <Link to={`/audit/claims/${claimId}`} className="history-link" data-testid="claim-history-link">
      {t("audit.timeline.link")}
    </Link>
  );
}
