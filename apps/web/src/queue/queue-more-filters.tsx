import { PRIORITIES } from "@tekser/contracts";
import { SearchInput } from "../lib/search-input.tsx";
import { t } from "../i18n/t.ts";
import { TagFilter } from "../tags/tag-filter.tsx";
import type { QueueState } from "./queue-url-state.ts";
import { SingleChoiceFilter } from "./single-choice-filter.tsx";

export type MoreFilters = Pick<QueueState, "site" | "assignee" | "priority" | "resurfaced" | "from" | "to" | "tags">;
export const NO_MORE_FILTERS: MoreFilters = {
  site: "",
  assignee: "",
  priority: [],
  resurfaced: false,
  from: "",
  to: "",
  tags: [],
};

interface Props {
  value: MoreFilters;
  onChange: (patch: Partial<MoreFilters>, options?: { replace?: boolean }) => void;
}

/** Site, assignee, priority, resurfaced and first-seen date range; all applied by the server. */
export function QueueMoreFilters({ value, onChange }: Props) {
  return (
    <div className="filters-row">
      <SearchInput
        label={t("queue.site")}
        value={value.site}
        placeholder={t("queue.sitePlaceholder")}
        onChange={(site) => onChange({ site }, { replace: true })}
      />
      <div className="field">
        <label htmlFor="filter-assignee">{t("queue.assignee")}</label>
        <select
          id="filter-assignee"
          value={value.assignee}
          onChange={(event) => onChange({ assignee: event.target.value as MoreFilters["assignee"] })}
        >
          <option value="">{t("queue.any")}</option>
          <option value="me">{t("queue.assignee.me")}</option>
          <option value="none">{t("queue.assignee.none")}</option>
        </select>
      </div>
      <SingleChoiceFilter
        id="filter-priority"
        label={t("queue.priority")}
        value={value.priority}
        options={PRIORITIES}
        optionLabel={(priority) => t(`priority.${priority}`)}
        onChange={(priority) => onChange({ priority })}
      />
      <TagFilter value={value.tags} onChange={(tags) => onChange({ tags })} />
      <div className="field">
        <label htmlFor="filter-from">{t("queue.from")}</label>
        <input
          id="filter-from"
          type="date"
          value={value.from}
          onChange={(event) => onChange({ from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-to">{t("queue.to")}</label>
        <input id="filter-to" type="date" value={value.to} onChange={(event) => onChange({ to: event.target.value })} />
      </div>
      <label className="chip">
        <input
          type="checkbox"
          checked={value.resurfaced}
          onChange={(event) => onChange({ resurfaced: event.target.checked })}
        />
        {t("queue.resurfaced")}
      </label>
    </div>
  );
}
