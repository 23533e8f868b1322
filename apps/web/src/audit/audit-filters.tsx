import {
  AUDIT_STAGE_LABELS,
  AUDIT_STAGES,
  auditActionLabel,
  auditActionsOfStage,
  isAuditAction,
  isAuditStage,
  ROLES,
} from "@tekser/contracts";
import { SearchInput } from "../lib/search-input.tsx";
import { currentLocale, t } from "../i18n/t.ts";
import { AUDIT_FILTER_KEYS, type AuditState } from "./audit-url-state.ts";

type Filters = Pick<AuditState, (typeof AUDIT_FILTER_KEYS)[number]>;

export function AuditFilters({ value, onChange }: { value: Filters; onChange: (patch: Partial<Filters>) => void }) {
  const hasFilters = AUDIT_FILTER_KEYS.some((key) => value[key] !== "");
  return (
    <section className="filters" aria-label={t("audit.filters")}>
      <div className="filters-row">
        <ActionFilter value={value.action} onChange={(action) => onChange({ action })} />
        <SearchInput label={t("audit.actor")} value={value.actor} onChange={(actor) => onChange({ actor })} />
        <div className="field">
          <label htmlFor="audit-role">{t("audit.role")}</label>
          <select id="audit-role" value={value.role} onChange={(event) => onChange({ role: event.target.value })}>
            <option value="">{t("queue.any")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
            <option value="system">{t("audit.roleSystem")}</option>
          </select>
        </div>
        <SearchInput
          label={t("audit.claimId")}
          value={value.claimId}
          placeholder={t("audit.claimIdPlaceholder")}
          onChange={(claimId) => onChange({ claimId })}
        />
        <SearchInput
          label={t("audit.subjectId")}
          value={value.subjectId}
          onChange={(subjectId) => onChange({ subjectId })}
        />
        <div className="field">
          <label htmlFor="audit-from">{t("audit.from")}</label>
          <input
            id="audit-from"
            type="date"
            value={value.from}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("audit.until")}</label>
          <input
            id="audit-to"
            type="date"
            value={value.to}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        </div>
        {hasFilters ? (
          <button
            type="button"
            className="btn btn-ghost filters-clear"
            onClick={() => onChange(Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, ""])))}
          >
            {t("queue.clear")}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** Actions grouped by pipeline stage; a stage's first option selects all of its actions. */
function ActionFilter({ value, onChange }: { value: string; onChange: (action: string) => void }) {
  const locale = currentLocale();
  return (
    <div className="field">
      <label htmlFor="audit-action">{t("audit.action")}</label>
      <select id="audit-action" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t("audit.anyAction")}</option>
        {AUDIT_STAGES.map((stage) => (
          <optgroup key={stage} label={AUDIT_STAGE_LABELS[stage][locale]}>
            <option value={stage}>{t("audit.wholeStage", { stage: AUDIT_STAGE_LABELS[stage][locale] })}</option>
            {auditActionsOfStage(stage).map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action, locale)}
              </option>
            ))}
          </optgroup>
        ))}
        {/* A prefix from an older link ("claim.") still shows as the selected option. */}
        {value !== "" && !isAuditStage(value) && !isAuditAction(value) ? <option value={value}>{value}</option> : null}
      </select>
    </div>
  );
}
