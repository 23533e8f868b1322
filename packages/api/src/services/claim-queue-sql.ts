import { normaliseTokens } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import { Prisma } from "@tekser/db";

type ListFilters = NonNullable<TClaimListInput["filters"]>;
type ListSort = NonNullable<TClaimListInput["sort"]>;

/** A uuid no user has, for "assigned to me" asked without a signed-in user. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

/**
 * The queue filters as one SQL condition on the claim alias `c`. Every filter reads a column of
 * "Claim" (item counts, sites and words are kept there by triggers, see migration
 * 20261125100000), so the condition applies to every claim and no filter needs a join.
 */
export function queueWhere(filters: ListFilters, viewerId: string | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.status?.length) parts.push(Prisma.sql`c."status" = ANY(${filters.status}::"ClaimStatus"[])`);
  if (filters.verdict?.length) parts.push(Prisma.sql`c."verdict" = ANY(${filters.verdict}::"Verdict"[])`);
  if (filters.lang?.length) parts.push(Prisma.sql`c."lang" = ANY(${filters.lang}::text[])`);
  if (filters.priority?.length) parts.push(Prisma.sql`c."priority" = ANY(${filters.priority}::int[])`);
  if (filters.resurfaced !== undefined) parts.push(Prisma.sql`c."resurfaced" = ${filters.resurfaced}`);
  if (filters.site) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(c."sites") AS s WHERE lower(s) = lower(${filters.site}))`);
  if (filters.assignee === "none") parts.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee) parts.push(Prisma.sql`c."assigneeId" = ${filters.assignee === "me" ? (viewerId ?? NOBODY) : filters.assignee}::uuid`);
  if (filters.from) parts.push(Prisma.sql`c."firstSeenAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to) parts.push(Prisma.sql`c."firstSeenAt" < ${new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)}`);
  if (filters.text) parts.push(textMatch(filters.text));
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`;
}

/**
 * The claim's title contains the text (case-insensitive, trigram index), or the words of any
 * of its items start with the text's words (full-text index over the claim's kept vector, in
 * the normalised form, so Cyrillic and Latin Kazakh both match).
 */
function textMatch(text: string): Prisma.Sql {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const tokens = normaliseTokens(text);
  if (tokens.length === 0) return Prisma.sql`c."title" ILIKE ${pattern}`;
  const tsQuery = tokens.map((token) => `${token}:*`).join(" & ");
  return Prisma.sql`(c."title" ILIKE ${pattern} OR c."searchVector" @@ to_tsquery('simple', ${tsQuery}))`;
}

/**
 * ORDER BY for the chosen sorts, newest first by default. The id breaks ties in the direction
 * of the last sort, so each sort is one index ("column", "id") read forwards or backwards.
 */
export function queueOrder(sort: ListSort): Prisma.Sql {
  const keys = sort.length ? sort : [{ id: "firstSeenAt" as const, desc: true }];
  const last = keys[keys.length - 1];
  const columns = [...keys, { id: "id" as const, desc: last?.desc ?? true }].map(
    ({ id, desc }) => Prisma.sql`c.${Prisma.raw(`"${id}"`)} ${Prisma.raw(desc ? "DESC" : "ASC")}`,
  );
  return Prisma.join(columns, ", ");
}
