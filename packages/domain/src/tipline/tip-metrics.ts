import type { TMetricsInput, TTipMetrics } from "@tekser/contracts";
import type { Db } from "@tekser/db";

const DAY_MS = 86_400_000;

/** Tip volume per day and channel, answered tips and the median time to answer, for tips received in the range. */
export async function loadTipMetrics(db: Db, input: Pick<TMetricsInput, "from" | "to">): Promise<TTipMetrics> {
  const from = new Date(`${input.from}T00:00:00Z`);
  const until = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + DAY_MS);
  const [perDay, answers] = await Promise.all([
    db.$queryRaw<TTipMetrics["tipsPerDay"]>`
      SELECT to_char(date_trunc('day', t."receivedAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, t.channel::text AS channel, count(*)::int AS count
      FROM "Tip" t WHERE t."receivedAt" >= ${from} AND t."receivedAt" < ${until}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ answered: number; median_hours: number | null }[]>`
      SELECT count(*)::int AS answered,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.first - t."receivedAt") / 3600))::float8 AS median_hours
      FROM "Tip" t JOIN (SELECT "tipId", min("sentAt") AS first FROM "TipAnswer" WHERE "sentAt" IS NOT NULL GROUP BY "tipId") a ON a."tipId" = t.id
      WHERE t."receivedAt" >= ${from} AND t."receivedAt" < ${until}`,
  ]);
  const median = answers[0]?.median_hours;
  return {
    tipsPerDay: perDay,
    tips: perDay.reduce((sum, row) => sum + row.count, 0),
    answered: answers[0]?.answered ?? 0,
    medianHoursToAnswer: median === null || median === undefined ? null : Math.round(median * 100) / 100,
  };
}
