import { VERDICTS, type TMetrics } from "@tekser/contracts";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { t } from "../i18n/t.ts";
import { meaningColour, meaningWording } from "../verdict-scale/shown-label.ts";
import { useVerdictScale } from "../verdict-scale/use-verdict-scale.ts";

const PALETTE = ["#1f6feb", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d5a97", "#30638e", "#ee6c4d"];
const VERDICT_COLOURS = {
  verified: "#2e7d32",
  fake: "#c62828",
  misleading: "#ef8f00",
  unverifiable: "#6b7280",
} as const;

/** Rows of {day, key, count} → one object per day with a field per key, for stacked charts. */
function pivot(rows: { day: string; key: string; count: number }[]): {
  days: Record<string, number | string>[];
  series: string[];
} {
  const byDay = new Map<string, Record<string, number | string>>();
  const series = new Set<string>();
  for (const row of rows) {
    const key = row.key;
    series.add(key);
    const day = byDay.get(row.day) ?? { day: row.day };
    day[key] = row.count;
    byDay.set(row.day, day);
  }
  return { days: [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day))), series: [...series] };
}

function ChartFrame({
  title,
  empty,
  testId,
  children,
}: {
  title: string;
  empty: boolean;
  testId: string;
  children: React.ReactElement;
}) {
  return (
    <section className="panel chart-panel" data-testid={testId}>
      <h2>{title}</h2>
      {empty ? (
        <p className="muted">{t("metrics.noData")}</p>
      ) : (
        <ResponsiveContainer width="100%" height={260}>
          {children}
        </ResponsiveContainer>
      )}
    </section>
  );
}

/** Counts per day stacked by series (sites, verdicts). */
function StackedDayChart(props: {
  title: string;
  testId: string;
  rows: { day: string; key: string; count: number }[];
  bars: { key: string; name: string; colour: string }[];
}) {
  const { days } = pivot(props.rows);
  return (
    <ChartFrame title={props.title} empty={props.rows.length === 0} testId={props.testId}>
      <BarChart data={days}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {props.bars.map((bar) => (
          <Bar key={bar.key} dataKey={bar.key} name={bar.name} stackId="day" fill={bar.colour} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

export function IngestedChart({ rows }: { rows: TMetrics["ingestedPerDay"] }) {
  const keyed = rows.map(({ day, site, count }) => ({ day, key: site, count }));
  const bars = pivot(keyed).series.map((site, index) => ({
    key: site,
    name: site,
    colour: PALETTE[index % PALETTE.length] ?? "#1f6feb",
  }));
  return <StackedDayChart title={t("metrics.ingested")} testId="chart-ingested" rows={keyed} bars={bars} />;
}

/**
 * Verdicts per day by meaning, each worded and coloured as the desk's labels of that meaning: the
 * series stay comparable across desks and across changes of the scale.
 */
export function VerdictsChart({ rows }: { rows: TMetrics["verdictsPerDay"] }) {
  const { labels } = useVerdictScale();
  const keyed = rows.map(({ day, verdict, count }) => ({ day, key: verdict, count }));
  const bars = VERDICTS.map((verdict) => ({
    key: verdict,
    name: meaningWording(labels, verdict),
    colour: meaningColour(labels, verdict, VERDICT_COLOURS[verdict]),
  }));
  return <StackedDayChart title={t("metrics.verdicts")} testId="chart-verdicts" rows={keyed} bars={bars} />;
}

export function ThroughputChart({ rows }: { rows: TMetrics["throughput"] }) {
  return (
    <ChartFrame title={t("metrics.throughput")} empty={rows.length === 0} testId="chart-throughput">
      <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={140} />
        <Tooltip />
        <Legend />
        <Bar dataKey="submitted" name={t("metrics.submitted")} fill="#1f6feb" />
        <Bar dataKey="approved" name={t("metrics.approved")} fill="#00798c" />
      </BarChart>
    </ChartFrame>
  );
}

export function ResurfacedChart({ rows }: { rows: TMetrics["resurfacedFakesPerDay"] }) {
  return (
    <ChartFrame title={t("metrics.resurfaced")} empty={rows.length === 0} testId="chart-resurfaced">
      <LineChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Line type="monotone" dataKey="count" name={t("metrics.appearances")} stroke="#c62828" strokeWidth={2} />
      </LineChart>
    </ChartFrame>
  );
}
