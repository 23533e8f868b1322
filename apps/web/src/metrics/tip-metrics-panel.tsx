import type { TMetricsInput } from "@tekser/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorBox } from "../lib/error-box.tsx";
import { formatNumber, t } from "../i18n/t.ts";
import { useTRPC } from "../trpc.ts";

/** Tips from the public over the metrics page's range: how many came, how many heard back, how fast. */
export function TipMetricsPanel({ range }: { range: Pick<TMetricsInput, "from" | "to"> }) {
  const trpc = useTRPC();
  const tips = useQuery(
    trpc.tipline.metrics.queryOptions({ from: range.from, to: range.to }, { placeholderData: keepPreviousData }),
  );
  if (!tips.data) return <ErrorBox error={tips.error} />;
  const byChannel = (channel: "telegram" | "web") =>
    tips.data.tipsPerDay.filter((row) => row.channel === channel).reduce((sum, row) => sum + row.count, 0);
  const hours = tips.data.medianHoursToAnswer;

  return (
    <div className="panel" data-testid="tip-metrics">
      <h2>{t("tipline.metrics")}</h2>
      <div className="stat-cards">
        <div className="stat" data-testid="tips-received">
          <span className="muted small">{t("tipline.tips")}</span>
          <strong>{formatNumber(tips.data.tips)}</strong>
          <span className="muted small">
            {t("tipline.channel.telegram")} {formatNumber(byChannel("telegram"))} · {t("tipline.channel.web")}{" "}
            {formatNumber(byChannel("web"))}
          </span>
        </div>
        <div className="stat" data-testid="tips-answered">
          <span className="muted small">{t("tipline.answered")}</span>
          <strong>{formatNumber(tips.data.answered)}</strong>
        </div>
        <div className="stat" data-testid="tips-time-to-answer">
          <span className="muted small">{t("tipline.toAnswer")}</span>
          <strong>{hours === null ? "—" : t("metrics.hours", { hours: formatNumber(hours) })}</strong>
        </div>
      </div>
    </div>
  );
}
