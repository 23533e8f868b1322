import { auditActionLabel } from "@tekser/contracts";
import { currentLocale } from "../i18n/t.ts";

/** The action as people say it, with its stored code beside it (what the export and the API carry). */
export function ActionName({ action }: { action: string }) {
  const label = auditActionLabel(action, currentLocale());
  return (
    <span className="action-name">
      {label !== action ? <>{label} </> : null}
      <code className="action">{action}</code>
    </span>
  );
}
