import { SearchInput } from "../lib/search-input.tsx";
import { t } from "../i18n/t.ts";
import type { AuditState } from "./audit-url-state.ts";

type Filters = Pick<AuditState, "action" | "actor" | "subjectId">;

export function AuditFilters({ value, onChange }: { value: Filters; onChange: (patch: Partial<Filters>) => void }) {
  return (
    <section className="filters" aria-label={t("queue.filters")}>
      <div className="filters-row">
        <SearchInput label={t("audit.action")} value={value.action} placeholder={t("audit.actionPlaceholder")} onChange={(action) => onChange({ action })} />
        <SearchInput label={t("audit.actor")} value={value.actor} onChange={(actor) => onChange({ actor })} />
        <SearchInput label={t("audit.subjectId")} value={value.subjectId} onChange={(subjectId) => onChange({ subjectId })} />
      </div>
    </section>
  );
}
