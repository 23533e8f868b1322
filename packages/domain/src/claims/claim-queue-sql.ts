import { normaliseTokens } from "@tekser/claims";
import { ZVerdict, type TClaimListInput, type TVerdict } from "@tekser/contracts";
import { Prisma } from "@tekser/db";
import { languagePartitions } from "./language-partitions.ts";

type ListFilters = NonNullable<TClaimListInput["filters"]>;
type ListSort = NonNullable<TClaimListInput["sort"]>;

/** A uuid no user has, for "assigned to me" asked without a signed-in user. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

/** The queue filters as SQL conditions on the claim alias `c`, the text filter apart: it has indexes of its own. */
export interface QueueConditions {
  text: Prisma.Sql | null;
  /** The text's words as a prefix query, when it has any (for estimates). */
  words: string | null;
  /** Every other filter (`true` with none). */
  rest: Prisma.Sql;
  /** The language and verdict filters, which the text indexes are split by (`true` with none). */
  indexed: Prisma.Sql;
  /** The verdict filter alone (`true` without one). */
  verdictFilter: Prisma.Sql;
  langs: readonly string[];
  verdicts: readonly TVerdict[];
  /** Whether `rest` holds a filter the text indexes cannot apply: any but language and verdict. */
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
  if (filters.priority?.length) parts.push(Prisma.sql`c."priority" = ANY(${filters.priority}::int[])`);
  if (filters.resurfaced !== undefined) parts.push(Prisma.sql`c."resurfaced" = ${filters.resurfaced}`);
  if (filters.site)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(c."sites") AS s WHERE lower(s) = lower(${filters.site}))`);
  if (filters.assignee === "none") parts.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee)
    parts.push(
      Prisma.sql`c."assigneeId" = ${filters.assignee === "me" ? (viewerId ?? NOBODY) : filters.assignee}::uuid`,
    );
  if (filters.from) parts.push(Prisma.sql`c."firstSeenAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  // "Has any of these tags": the GIN index on "tagIds" (migration 20261205040000) answers it.
  if (filters.tags?.length) parts.push(Prisma.sql`c."tagIds" && ${filters.tags}::uuid[]`);
  if (filters.to)
    parts.push(Prisma.sql`c."firstSeenAt" < ${new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)}`);
  const verdictFilter = filters.verdict?.length ? Prisma.sql`c."verdict" = ANY(${filters.verdict}::"Verdict"[])` : null;
  const indexed = [
    ...(verdictFilter ? [verdictFilter] : []),
    ...(filters.lang?.length ? [Prisma.sql`c."lang" = ANY(${filters.lang}::text[])`] : []),
  ];
  const all = [...parts, ...indexed];
  return {
    text: filters.text ? textMatch(filters.text) : null,
    words: filters.text ? textWords(filters.text) : null,
    rest: all.length ? Prisma.join(all, " AND ") : Prisma.sql`true`,
    indexed: indexed.length ? Prisma.join(indexed, " AND ") : Prisma.sql`true`,
    verdictFilter: verdictFilter ?? Prisma.sql`true`,
    langs: [...new Set(filters.lang ?? [])],
    verdicts: [...new Set(filters.verdict ?? [])],
    filtered: parts.length > 0,
  };
}

/** All the conditions as one. */
export function queueWhere({ text, rest }: QueueConditions): Prisma.Sql {
  return text ? Prisma.sql`${text} AND ${rest}` : rest;
}

/**
 * The text indexes are split by this bucket of the claim id (migration 20261126100000) and by
 * language (migration 20261128100000). The expressions must read exactly as in the indexes'
 * predicates, with literals, for the planner to use them.
 */
export const TEXT_BUCKETS = 8;
const textBucket = (bucket: number) =>
  Prisma.raw(`(get_byte(uuid_send(c."id"), 15) & ${TEXT_BUCKETS - 1}) = ${bucket}`);

/**
 * How a text filter is read: from the text indexes of each language and bucket, the other
 * filters testing each match ("words"); from the text indexes of each verdict asked for, which
 * hold the language too, so that the index alone applies text, verdict and one language
 * ("verdicts"); or from the other filters' indexes, the text tested on each of their claims
 * ("filters"). claim-queue-plan.ts chooses.
 */
export type TextPlan = "words" | "verdicts" | "filters";

/**
 * The matching claims as `SELECT ${columns}` over the alias `c`. By "filters", the other
 * filters' claims (OFFSET 0 keeps the planner from turning to the text indexes) tested for the
 * text. Else one SELECT per text index set read, joined by UNION ALL: under a LIMIT, PostgreSQL
 * reads them one after another and stops when it has enough, so a common word costs one
 * bucket's posting lists, not all of them (buckets come first, then languages, so a common word
 * in any language stops early). In each, the text matches come first (OFFSET 0 keeps the planner
 * from intersecting them with a bitmap of another filter, which for "new" is a third of all
 * claims), the other filters test them.
 */
export function matchingClaims(conditions: QueueConditions, columns: Prisma.Sql, plan: TextPlan = "words"): Prisma.Sql {
  const { text, rest } = conditions;
  if (!text) return Prisma.sql`SELECT ${columns} FROM "Claim" c WHERE ${rest}`;
  if (plan === "filters")
    return Prisma.sql`SELECT ${columns} FROM (SELECT * FROM "Claim" c WHERE ${rest} OFFSET 0) c WHERE ${text}`;
  const byIndex = (index: Prisma.Sql) =>
    Prisma.sql`SELECT ${columns} FROM (SELECT * FROM "Claim" c WHERE ${index} AND ${text} OFFSET 0) c WHERE ${rest}`;
  return Prisma.join(textIndexes(conditions, plan).map(byIndex), " UNION ALL ");
}

/** The conditions that each pick one set of text indexes (migration 20261128100000) for `plan`. */
function textIndexes({ langs, verdicts }: QueueConditions, plan: Exclude<TextPlan, "filters">): Prisma.Sql[] {
  if (plan === "verdicts" && verdicts.length > 0) {
    // The verdict indexes start with the language: one language asked for is applied there.
    const [lang, ...more] = langs;
    const language = lang && more.length === 0 ? Prisma.sql` AND c."lang" = ${lang}` : Prisma.empty;
    // A literal, as in the indexes' predicates; the value is one of the enum's (ZVerdict).
    return verdicts.map(
      (verdict) => Prisma.sql`${Prisma.raw(`c."verdict" = '${ZVerdict.parse(verdict)}'`)}${language}`,
    );
  }
  const groups = languagePartitions("c", langs);
  return Array.from({ length: TEXT_BUCKETS }, (_, bucket) =>
    groups.map((group) => Prisma.sql`${group} AND ${textBucket(bucket)}`),
  ).flat();
}

/**
 * The claim's title contains the text (case-insensitive, trigram index), or the words of any
 * of its items start with the text's words (full-text index over the claim's kept vector, in
 * the normalised form, so Cyrillic and Latin Kazakh both match).
 */
function textMatch(text: string): Prisma.Sql {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const tsQuery = textWords(text);
  if (!tsQuery) return Prisma.sql`c."title" ILIKE ${pattern}`;
  // The word vector first: where the claims are read through other filters and each is tested,
  // it settles most of them before the slower case-insensitive match of the title.
  return Prisma.sql`(c."searchVector" @@ to_tsquery('simple', ${tsQuery}) OR c."title" ILIKE ${pattern})`;
}

/** The text's normalised words, each matching as a prefix (the stand-in for a Kazakh stemmer). */
function textWords(text: string): string | null {
  const tokens = normaliseTokens(text);
  return tokens.length ? tokens.map((token) => `${token}:*`).join(" & ") : null;
}

/**
 * For estimates: the text's words in the languages asked for, each language's read through
 * the statistics migration 20261128100000 keeps of its claims' words. Words and language go
 * together ("метро" is in a third of all claims and in no Kazakh one), which the column's own
 * statistics cannot tell. The title match is left out where there are words: it finds mostly
 * the same claims. With neither, the condition is the text match itself.
 */
export function textEstimated({ text, words, langs }: QueueConditions): Prisma.Sql {
  if (!words) return text ?? Prisma.sql`true`;
  if (langs.length === 0) return Prisma.sql`c."searchVector" @@ to_tsquery('simple', ${words})`;
  const byLanguage = languagePartitions("c", langs).map(
    (group) => Prisma.sql`(CASE WHEN ${group} THEN c."searchVector" END) @@ to_tsquery('simple', ${words})`,
  );
  return Prisma.sql`(${Prisma.join(byLanguage, " OR ")})`;
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
