import type { TMetrics, TMetricsInput } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";
import { claimsByTag } from "./metrics-by-tag.ts";

const DAY_MS = 86_400_000;

/** Aggregates in the database (one query per chart); days are UTC calendar days. */
export async function loadMetrics(db: Db, input: TMetricsInput): Promise<TMetrics> {
  const from = new Date(`${input.from}T00:00:00Z`);
  const until = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + DAY_MS);
  const itemLang = input.lang ? Prisma.sql`AND i.lang = ${input.lang}` : Prisma.empty;
  const claimLang = input.lang ? Prisma.sql`AND c.lang = ${input.lang}` : Prisma.empty;

  const [ingested, verdicts, medians, submitted, approved, resurfaced, byTag] = await Promise.all([
    db.$queryRaw<{ day: string; site: string; count: number }[]>`
      SELECT to_char(date_trunc('day', i."ingestedAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, i.site, count(*)::int AS count
      FROM "Item" i WHERE i."ingestedAt" >= ${from} AND i."ingestedAt" < ${until} ${itemLang}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ day: string; verdict: TMetrics["verdictsPerDay"][number]["verdict"]; count: number }[]>`
      SELECT to_char(date_trunc('day', r."decidedAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, r.verdict::text AS verdict, count(*)::int AS count
      FROM "Review" r JOIN "Claim" c ON c.id = r."claimId"
      WHERE r.status = 'approved' AND r."decidedAt" >= ${from} AND r."decidedAt" < ${until} ${claimLang}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ to_verdict: number | null; to_publication: number | null }[]>`
      SELECT
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."decidedAt" - c."firstSeenAt") / 3600)
           FROM "Review" r JOIN "Claim" c ON c.id = r."claimId"
           WHERE r.status = 'approved' AND r."decidedAt" >= ${from} AND r."decidedAt" < ${until} ${claimLang})::float8 AS to_verdict,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.first - c."firstSeenAt") / 3600)
           FROM (SELECT "claimId", min("publishedAt") AS first FROM "Notice" GROUP BY "claimId") n JOIN "Claim" c ON c.id = n."claimId"
           WHERE n.first >= ${from} AND n.first < ${until} ${claimLang})::float8 AS to_publication`,
    db.$queryRaw<{ name: string; count: number }[]>`
      SELECT u."displayName" AS name, count(*)::int AS count
      FROM "Review" r JOIN "User" u ON u.id = r."authorId" JOIN "Claim" c ON c.id = r."claimId"
      WHERE r."createdAt" >= ${from} AND r."createdAt" < ${until} ${claimLang} GROUP BY 1`,
    db.$queryRaw<{ name: string; count: number }[]>`
      SELECT u."displayName" AS name, count(*)::int AS count
      FROM "Review" r JOIN "User" u ON u.id = r."approverId" JOIN "Claim" c ON c.id = r."claimId"
      WHERE r.status = 'approved' AND r."decidedAt" >= ${from} AND r."decidedAt" < ${until} ${claimLang} GROUP BY 1`,
    db.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(date_trunc('day', i."ingestedAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "Item" i JOIN "Claim" c ON c.id = i."claimId"
      WHERE c.verdict = 'fake' ${claimLang}
        AND i."ingestedAt" >= ${from} AND i."ingestedAt" < ${until}
        AND i."ingestedAt" > (SELECT min(r."decidedAt") FROM "Review" r WHERE r."claimId" = c.id AND r.status = 'approved')
      GROUP BY 1 ORDER BY 1`,
    claimsByTag(db, from, until, claimLang),
  ]);

  const people = new Map<string, { name: string; submitted: number; approved: number }>();
  const person = (name: string) => {
    const known = people.get(name);
    if (known) return known;
    const created = { name, submitted: 0, approved: 0 };
    people.set(name, created);
    return created;
  };
  for (const row of submitted) person(row.name).submitted = row.count;
  for (const row of approved) person(row.name).approved = row.count;
  const round = (hours: number | null | undefined) =>
    hours === null || hours === undefined ? null : Math.round(hours * 10) / 10;

  return {
    ingestedPerDay: ingested,
    verdictsPerDay: verdicts,
    medianHoursToVerdict: round(medians[0]?.to_verdict),
    medianHoursToPublication: round(medians[0]?.to_publication),
    throughput: [...people.values()].sort(
      (a, b) => b.submitted + b.approved - (a.submitted + a.approved) || a.name.localeCompare(b.name),
    ),
    resurfacedFakesPerDay: resurfaced,
    claimsByTag: byTag,
  };
}
