import { normaliseTokens } from "@tekser/claims";
import { ZSearchInput, type TSearchHit, type TSearchInput } from "@tekser/contracts";
import { Prisma, type Db, type Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { correctMisspelt } from "./claim-search-correction.ts";
import { verdictLabelsOfClaims } from "./claim-verdict-label.ts";
import { hasOwnPartition, languagePartition, languagePartitions } from "./language-partitions.ts";

const SNIPPET_CHARS = 240;
/** Newest items a search reads before it turns to the indexes (about 25 ms); tests lower it. */
const RECENT_ITEMS = 1500;

interface HitRow {
  itemId: string;
  claimId: string | null;
  claimTitle: string | null;
  verdict: TSearchHit["verdict"];
  status: TSearchHit["status"];
  site: string;
  lang: string;
  kind: TSearchHit["kind"];
  title: string | null;
  snippet: string;
  publishedAt: Date | null;
  rank: number;
}

/**
 * Full-text search over items (`simple` configuration over the normalised text, so Cyrillic and
 * Latin Kazakh, Russian and English all match; every word also matches as a prefix, which stands
 * in for the Kazakh stemmer PostgreSQL lacks). Newest first. When nothing matches, misspelt
 * words are corrected to the nearest words of claim titles and the corrected query, run with the
 * same filters, answers instead (`correctedQuery` says so).
 */
export async function searchItems(
  db: Db,
  rawInput: TSearchInput,
  recentItems = RECENT_ITEMS,
): Promise<{ rows: TSearchHit[]; hasMore: boolean; correctedQuery?: string }> {
  const input = ZSearchInput.parse(rawInput);
  const tokens = normaliseTokens(input.q);
  if (tokens.length === 0) throw new AppError("SEARCH_NO_WORDS", "The search has no words in it");
  const filters = searchFilters(input);
  // Each query stops at the rows this page can need, so a common word never sorts every match.
  const window = input.page * input.perPage + 1;
  const search = (tsQuery: string) =>
    textMatches(db, tsQuery, input.lang, filters, searchFilters({ ...input, lang: undefined }), window, recentItems);
  let matches = await search(tokens.map((token) => `${token}:*`).join(" & "));
  let correctedQuery: string | undefined;
  if (matches.length === 0) {
    const correction = await correctMisspelt(db, tokens);
    if (correction) {
      matches = await search(correction.tsQuery);
      if (matches.length > 0) correctedQuery = correction.query;
    }
  }
  const rows = matches.slice((input.page - 1) * input.perPage, window);
  const shown = rows.slice(0, input.perPage);
  // Only the hits shown: the label is read per claim, never for every match sorted.
  const labels = await verdictLabelsOfClaims(
    db,
    shown.flatMap((row) => (row.claimId && row.verdict ? [row.claimId] : [])),
  );
  return {
    hasMore: rows.length > input.perPage,
    rows: shown.map((row) => ({
      ...row,
      verdictLabelId: (row.claimId && labels.get(row.claimId)) ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      rank: Number(row.rank),
    })),
    ...(correctedQuery ? { correctedQuery } : {}),
  };
}

const HIT_COLUMNS = Prisma.sql`i."id" AS "itemId", i."claimId", c."title" AS "claimTitle", c."verdict", c."status", i."site",
  i."lang", i."kind", i."title", left(i."text", ${SNIPPET_CHARS}) AS "snippet", i."publishedAt"`;

/** Matches counted before choosing a plan; at least this many means "a common word". */
const DENSE_MATCHES = 2000;

/**
 * Newest full-text matches. A common word is best served by walking the date index until the
 * page is full; a rare word (or a filter that leaves few rows) by collecting its few matches
 * from the word indexes and sorting them. PostgreSQL cannot tell the two apart from statistics
 * of prefix queries, so a bounded count decides, and the rare case is fenced off with
 * MATERIALIZED. Sequential scans are off for these statements: misled by a prefix estimate, the
 * planner would otherwise read the whole table to find that a rare word has no matches under a
 * filter.
 */
async function textMatches(
  db: Db,
  tsQuery: string,
  langs: readonly string[] | undefined,
  filters: Prisma.Sql,
  otherFilters: Prisma.Sql,
  window: number,
  recentItems: number,
): Promise<HitRow[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    // A common word's prefix matches (~360k items of "metro" at 1M) overflow a 4 MB bitmap,
    // which then goes lossy: every page of the table is rechecked.
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    const words = Prisma.sql`i."searchVector" @@ to_tsquery('simple', ${tsQuery})`;
    const where = Prisma.sql`${words} ${filters}`;
    const recent = await recentMatches(tx, where, window, recentItems);
    if (recent.length === window) return recent;
    // Counting and collecting read the word index of each language asked for. The count runs
    // with bitmap scans only: allowed a plain index scan under its LIMIT, the planner walked the
    // language index through every Kazakh item (~600k at 1M) to find that "metro" has none.
    await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
    const byLanguage = languageIndexes(langs).map((lang) => Prisma.sql`${words} AND ${lang} ${otherFilters}`);
    const matching = (columns: Prisma.Sql) =>
      Prisma.join(
        byLanguage.map(
          (each) =>
            Prisma.sql`SELECT ${columns} FROM "Item" i LEFT JOIN "Claim" c ON c."id" = i."claimId" WHERE ${each}`,
        ),
        " UNION ALL ",
      );
    const [probe] = await tx.$queryRaw<{ matches: number }[]>(Prisma.sql`
      SELECT count(*)::int AS matches FROM (${matching(Prisma.sql`1`)} LIMIT ${DENSE_MATCHES}) dense`);
    await tx.$executeRaw`SET LOCAL enable_indexscan = on`;
    if ((probe?.matches ?? 0) < DENSE_MATCHES) {
      return tx.$queryRaw<HitRow[]>(Prisma.sql`
        WITH hits AS MATERIALIZED (${matching(Prisma.sql`${HIT_COLUMNS}, 1.0::float8 AS rank`)})
        SELECT * FROM hits ORDER BY "publishedAt" DESC NULLS LAST, "itemId" LIMIT ${window}`);
    }
    return tx.$queryRaw<HitRow[]>(Prisma.sql`
      SELECT ${HIT_COLUMNS}, 1.0::float8 AS rank FROM "Item" i LEFT JOIN "Claim" c ON c."id" = i."claimId"
      WHERE ${where} ORDER BY i."publishedAt" DESC NULLS LAST, i."id" LIMIT ${window}`);
  });
}

/**
 * One condition per item word index to read (language-partitions.ts): all of them without a
 * language filter, else one per language asked for, another language's naming the language
 * too. The other filters then need no language condition: with `lang = ANY(…)` in each
 * partition as well, a search at 1M items took over 5 s.
 */
function languageIndexes(langs: readonly string[] | undefined): Prisma.Sql[] {
  if (!langs?.length) return languagePartitions("i", undefined);
  return [...new Set(langs)].map((lang) =>
    hasOwnPartition(lang)
      ? languagePartition("i", lang)
      : Prisma.sql`i."lang" = ${lang} AND ${languagePartition("i", lang)}`,
  );
}

/**
 * Matches among the newest `recentItems` items. Most searches are for words in the news, found
 * many times among the newest items: when the page fills here it is exact (every item left
 * out is older than all of these), and it cost neither counting nor ranking every match.
 * Filters apply after the cut, so a selective filter cannot make the walk long.
 */
async function recentMatches(db: Tx, where: Prisma.Sql, window: number, recentItems: number): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>(Prisma.sql`
    SELECT ${HIT_COLUMNS}, 1.0::float8 AS rank
    FROM (SELECT * FROM "Item" ORDER BY "publishedAt" DESC NULLS LAST, "id" LIMIT ${recentItems}) i
    LEFT JOIN "Claim" c ON c."id" = i."claimId"
    WHERE ${where} ORDER BY i."publishedAt" DESC NULLS LAST, i."id" LIMIT ${window}`);
}

/** The filters as SQL on the aliases `i` (item) and `c` (its claim), each starting with AND. */
function searchFilters(input: ReturnType<typeof ZSearchInput.parse>): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (input.lang?.length) parts.push(Prisma.sql`AND i."lang" = ANY(${input.lang}::text[])`);
  if (input.site) parts.push(Prisma.sql`AND i."site" = ${input.site}`);
  if (input.sourceId) parts.push(Prisma.sql`AND i."sourceId" = ${input.sourceId}::uuid`);
  if (input.from) parts.push(Prisma.sql`AND i."publishedAt" >= ${new Date(input.from)}`);
  if (input.to) parts.push(Prisma.sql`AND i."publishedAt" < ${new Date(input.to)}`);
  if (input.verdict?.length) parts.push(Prisma.sql`AND c."verdict"::text = ANY(${input.verdict}::text[])`);
  if (input.status?.length) parts.push(Prisma.sql`AND c."status"::text = ANY(${input.status}::text[])`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}
