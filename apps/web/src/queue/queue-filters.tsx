import { CLAIM_STATUSES, LANGS, VERDICTS, type TClaimStatus } from "@tekser/contracts";
import { useState } from "react";
import { SearchInput } from "../lib/search-input.tsx";
import { t } from "../i18n/t.ts";
import { meaningWording } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";
import { NO_MORE_FILTERS, QueueMoreFilters, type MoreFilters } from "./queue-more-filters.tsx";
import type { QueueState } from "./queue-url-state.ts";
import { SingleChoiceFilter } from "./single-choice-filter.tsx";

type Filters = Pick<QueueState, "status" | "verdict" | "lang" | "q"> & MoreFilters;

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
}

/** Queue filters; every change goes to the URL and back to page 1 (the page component does that). */
export function QueueFilters({ value, onChange }: Props) {
  const toggleStatus = (status: TClaimStatus, on: boolean) =>
    onChange({
      status: on
        ? CLAIM_STATUSES.filter((s) => s === status || value.status.includes(s))
        : value.status.filter((s) => s !== status),
    });
  const active = activeFilterCount(value);
  // By meaning, worded with the desk's labels: "all the fakes" is what triage asks for.
  const { labels } = useVerdictScale();
  // Phones fold the filters behind a button; wider screens hide the button and always show them.
  const [open, setOpen] = useState(false);

  return (
    <section className="filters" aria-label={t("queue.filters")} data-open={open}>
      <button
        type="button"
        className="btn filters-toggle"
        aria-expanded={open}
        aria-controls="queue-filters-body"
        onClick={() => setOpen((shown) => !shown)}
      >
        {active > 0 ? t("queue.filtersActive", { count: active }) : t("queue.filters")}
      </button>
      <div className="filters-body" id="queue-filters-body">
        <div className="filters-row">
          <SearchInput
            label={t("queue.search")}
            value={value.q}
            placeholder={t("queue.searchPlaceholder")}
            onChange={(q) => onChange({ q }, { replace: true })}
          />
          <SingleChoiceFilter
            id="filter-verdict"
            label={t("queue.verdict")}
            value={value.verdict}
            options={VERDICTS}
            optionLabel={(verdict) => meaningWording(labels, verdict)}
            onChange={(verdict) => onChange({ verdict })}
          />
          <SingleChoiceFilter
            id="filter-lang"
            label={t("queue.language")}
            value={value.lang}
            options={LANGS}
            optionLabel={(lang) => `${t(`lang.${lang}`)} (${lang})`}
            onChange={(lang) => onChange({ lang })}
          />
          {active > 0 ? (
            <button
              type="button"
              className="btn btn-ghost filters-clear"
              onClick={() => onChange({ status: [], verdict: [], lang: [], q: "", ...NO_MORE_FILTERS })}
            >
              {t("queue.clear")}
            </button>
          ) : null}
        </div>
        <QueueMoreFilters value={value} onChange={onChange} />
        <fieldset className="chip-group">
          <legend>{t("queue.status")}</legend>
          {CLAIM_STATUSES.map((status) => (
            <label key={status} className={`chip status-chip status-${status}`}>
              <input
                type="checkbox"
                checked={value.status.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
              {t(`status.${status}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}

/** How many filters narrow the queue: each chosen status, verdict, language, priority and tag, and each filled field. */
function activeFilterCount(value: Filters): number {
  const lists =
    value.status.length + value.verdict.length + value.lang.length + value.priority.length + value.tags.length;
  return (
    lists +
    [value.q.trim(), value.site.trim(), value.assignee, value.from, value.to, value.resurfaced].filter(Boolean).length
  );
}
