import { normaliseTokens } from "@tekser/claims";
import type { TClaimListInput } from "@tekser/contracts";
import { Prisma } from "@tekser/db";

type ListFilters = NonNullable<TClaimListInput["filters"]>;
type ListSort = NonNullable<TClaimListInput["sort"]>;

/** A uuid no user has, for "assigned to me" asked without a signed-in user. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

/** The queue filters as SQL conditions on the claim alias `c`, the text filter apart: it has indexes of its own. */
export interface QueueConditions {
  text: Prisma.Sql | null;
  rest: Prisma.Sql;
  /** Whether `rest` holds any filter (it is `true` otherwise). */
  filtered: boolean;
}

/**
 * The queue filters as conditions on one table. Every filter reads a column of "Claim" (item
 * counts, sites and words are kept there by triggers, see migration 20261125100000), so the
 * conditions apply to every claim and no filter needs a join.
 */
export function queueConditions(filters: ListFilters, viewerId: string | null): QueueConditions {
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
  return {
    text: filters.text ? textMatch(filters.text) : null,
    rest: parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`,
    filtered: parts.length > 0,
  };
}

/** All the conditions as one. */
export function queueWhere({ text, rest }: QueueConditions): Prisma.Sql {
  return text ? Prisma.sql`${text} AND ${rest}` : rest;
}

/**
 * The text indexes are split by this bucket of the claim id (migration 20261126100000). The
 * expression must read exactly as in the indexes' predicates, with the bucket as a literal, for
 * the planner to use them.
 */
export const TEXT_BUCKETS = 8;
const textBucket = (bucket: number) => Prisma.raw(`(get_byte(uuid_send(c."id"), 15) & ${TEXT_BUCKETS - 1}) = ${bucket}`);

/**
 * How a text filter combined with other filters is read: from the text indexes, the other
 * filters testing each match ("words", the default, and the only plan without other filters),
 * or from the other filters' indexes, the text tested on each of their claims ("filters").
 * claim-queue-plan.ts chooses.
 */
export type TextPlan = "words" | "filters";

/**
 * The matching claims as `SELECT ${columns}` over the alias `c`. By "filters", the other
 * filters' claims (OFFSET 0 keeps the planner from turning to the text indexes) tested for the
 * text. By "words", one SELECT per bucket of the text indexes, joined by UNION ALL: under a
 * LIMIT, PostgreSQL reads bucket after bucket and stops when it has enough, so a common word
 * costs one bucket's posting lists, not all of them. In each bucket the text matches come first
 * (OFFSET 0 keeps the planner from intersecting them with a bitmap of another filter, which for
 * "new" is a third of all claims), the other filters test them.
 */
export function matchingClaims({ text, rest }: QueueConditions, columns: Prisma.Sql, plan: TextPlan = "words"): Prisma.Sql {
  if (!text) return Prisma.sql`SELECT ${columns} FROM "Claim" c WHERE ${rest}`;
  if (plan === "filters") return Prisma.sql`SELECT ${columns} FROM (SELECT * FROM "Claim" c WHERE ${rest} OFFSET 0) c WHERE ${text}`;
  const buckets = Array.from({ length: TEXT_BUCKETS }, (_, bucket) =>
    Prisma.sql`SELECT ${columns} FROM (SELECT * FROM "Claim" c WHERE ${textBucket(bucket)} AND ${text} OFFSET 0) c WHERE ${rest}`,
  );
  return Prisma.join(buckets, " UNION ALL ");
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
  // The word vector first: where the claims are read through other filters and each is tested,
  // it settles most of them before the slower case-insensitive match of the title.
  return Prisma.sql`(c."searchVector" @@ to_tsquery('simple', ${tsQuery}) OR c."title" ILIKE ${pattern})`;
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
