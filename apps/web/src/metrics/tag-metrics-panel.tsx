import { VERDICTS, type TMetrics } from "@tekser/contracts";
import { formatNumber, t } from "../i18n/t.ts";
import { meaningWording } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";

type Row = TMetrics["claimsByTag"][number];

/** Claims first seen in the range per tag, split by verdict ("—": not decided yet). */
export function TagMetricsPanel({ rows }: { rows: Row[] }) {
  const { labels } = useVerdictScale();
  const byTag = new Map<string, { name: string; colour: string; counts: Map<string, number>; total: number }>();
  for (const row of rows) {
    const entry = byTag.get(row.tagId) ?? {
      name: row.name,
      colour: row.colour,
      counts: new Map<string, number>(),
      total: 0,
    };
    entry.counts.set(row.verdict ?? "none", row.count);
    entry.total += row.count;
    byTag.set(row.tagId, entry);
  }
  return (
    <section className="panel chart-panel" aria-labelledby="tag-metrics-title" data-testid="metrics-by-tag">
      <h2 id="tag-metrics-title">{t("metrics.byTag")}</h2>
      {byTag.size === 0 ? (
        <p className="muted">{t("metrics.byTagEmpty")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("metrics.tag")}</th>
              <th scope="col" className="num">
                {t("metrics.claims")}
              </th>
              {VERDICTS.map((verdict) => (
                <th key={verdict} scope="col" className="num">
                  {meaningWording(labels, verdict)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("metrics.undecided")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...byTag.entries()].map(([tagId, entry]) => (
              <tr key={tagId} data-testid="tag-metrics-row">
                <th scope="row">
                  <span className="tag-dot" style={{ background: entry.colour }} aria-hidden="true" /> {entry.name}
                </th>
                <td className="num">{formatNumber(entry.total)}</td>
                {VERDICTS.map((verdict) => (
                  <td key={verdict} className="num">
                    {formatNumber(entry.counts.get(verdict) ?? 0)}
                  </td>
                ))}
                <td className="num">{formatNumber(entry.counts.get("none") ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
