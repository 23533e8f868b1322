import { LANGS, type TLang, type TMetricsInput } from "@tekser/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { useUrlState, type UrlCodec } from "../lib/url-state.ts";
import { formatNumber, t } from "../i18n/t.ts";
import { Loading } from "../shell/status-pages.tsx";
import { useTRPC } from "../trpc.ts";
import { IngestedChart, ResurfacedChart, ThroughputChart, VerdictsChart } from "./metrics-charts.tsx";
import { TipMetricsPanel } from "./tip-metrics-panel.tsx";
import { TagMetricsPanel } from "./tag-metrics-panel.tsx";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** `?from=2026-03-01&to=2026-03-31&lang=kk`; the last 30 days by default. */
const metricsCodec: UrlCodec<TMetricsInput> = {
  parse: (params) => {
    const to = params.get("to") ?? "";
    const from = params.get("from") ?? "";
    const lang = LANGS.find((candidate) => candidate === params.get("lang"));
    return {
      to: DAY.test(to) ? to : isoDay(new Date()),
      from: DAY.test(from) ? from : isoDay(new Date(Date.now() - 29 * 86_400_000)),
      ...(lang ? { lang } : {}),
    };
  },
  write: (state) => ({ from: state.from, to: state.to, ...(state.lang ? { lang: state.lang } : {}) }),
};

/** Team metrics: what came in, what was decided, how fast, by whom, and which fakes came back. */
export function MetricsPage() {
  const trpc = useTRPC();
  const [filters, update] = useUrlState(metricsCodec);
  const metrics = useQuery(trpc.metrics.overview.queryOptions(filters, { placeholderData: keepPreviousData }));
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : t("metrics.hours", { hours: formatNumber(value) });

  return (
    <section className="page metrics-page">
      <header className="page-header">
        <h1>{t("metrics.title")}</h1>
      </header>
      <div className="filters filters-row">
        <div className="field">
          <label htmlFor="metrics-from">{t("metrics.from")}</label>
          <input
            id="metrics-from"
            type="date"
            value={filters.from}
            onChange={(event) => event.target.value && update({ from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="metrics-to">{t("metrics.to")}</label>
          <input
            id="metrics-to"
            type="date"
            value={filters.to}
            onChange={(event) => event.target.value && update({ to: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="metrics-lang">{t("metrics.language")}</label>
          <select
            id="metrics-lang"
            value={filters.lang ?? ""}
            onChange={(event) => update({ lang: (event.target.value || undefined) as TLang | undefined })}
          >
            <option value="">{t("queue.any")}</option>
            {LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {t(`lang.${lang}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorBox error={metrics.error} />
      {metrics.isPending ? <Loading /> : null}
      {metrics.data ? (
        <div className="metrics-grid">
          <div className="stat-cards">
            <div className="panel stat" data-testid="median-verdict">
              <span className="muted small">{t("metrics.toVerdict")}</span>
              <strong>{hours(metrics.data.medianHoursToVerdict)}</strong>
            </div>
            <div className="panel stat" data-testid="median-publication">
              <span className="muted small">{t("metrics.toPublication")}</span>
              <strong>{hours(metrics.data.medianHoursToPublication)}</strong>
            </div>
          </div>
          <IngestedChart rows={metrics.data.ingestedPerDay} />
          <VerdictsChart rows={metrics.data.verdictsPerDay} />
          <ThroughputChart rows={metrics.data.throughput} />
          <ResurfacedChart rows={metrics.data.resurfacedFakesPerDay} />
          <TagMetricsPanel rows={metrics.data.claimsByTag} />
          <TipMetricsPanel range={filters} />
        </div>
      ) : null}
    </section>
  );
}
