import { Prisma, type Db, type Tx } from "@tekser/db";
import { TEXT_BUCKETS, textEstimated, type QueueConditions, type TextPlan } from "./claim-queue-sql.ts";

/**
 * Microseconds per unit of each plan's work, from EXPLAIN ANALYZE at 1M items (decision 0010):
 * a text index entry put in a bitmap (~6,400 for "министрлігі" in one bucket: 2.7 ms), a claim
 * row read from that bitmap and tested for the other filters (6,200 rows: 16 ms), a claim row
 * read through the other filters and tested for the text (2,800 rows: 15 ms).
 */
const COST = { bitmapEntry: 0.4, rowByWords: 2.6, rowByFilters: 5 } as const;

/**
 * Chooses how to find the claims of a text filter, for the count and the "few matches" page
 * (both read matches until they have `needed`, or all of them). The text indexes apply the
 * language and verdict filters themselves; another filter is tested on each match.
 *
 * Read from the text indexes ("words", or "verdicts" with a verdict filter), a common word
 * costs its bucket's whole bitmap (~30k entries for "метро", in a third of all claims, at 1M
 * items) and then one claim row per match until enough have passed the other filters: with a
 * filter held by one claim in fifteen, ~15k rows for the 1,001 the count needs. Read from the
 * other filters' indexes ("filters"), the count needs one row per match of the *text*: ~3k rows
 * for "метро", but ~14k for a word in one claim in fourteen, which its bitmap serves better.
 * The planner's row estimates (column statistics; for a prefix, the frequencies of the common
 * words it starts; for a language, its own words' statistics, see textEstimated) price both,
 * under independence of the text and the other filters (a count reads at least one bucket of
 * the text indexes): four statements planned, none run, ~1–3 ms.
 */
export async function chooseTextPlan(db: Db | Tx, conditions: QueueConditions, needed: number): Promise<TextPlan> {
  const { text, rest, indexed, verdictFilter, verdicts, filtered } = conditions;
  const byIndexes: TextPlan = verdicts.length > 0 ? "verdicts" : "words";
  if (!text || !filtered) return byIndexes;
  // Claims of the text indexes read (of the languages and verdicts asked for), and their matches.
  const claims = Math.max(1, await estimatedClaims(db, indexed));
  const byText = Math.max(1, await estimatedClaims(db, Prisma.sql`${textEstimated(conditions)} AND ${verdictFilter}`));
  const byFilters = Math.max(1, await estimatedClaims(db, rest));
  const both = (byText * byFilters) / claims;
  const bucketsRead = byIndexes === "words" ? Math.max(1 / TEXT_BUCKETS, Math.min(1, needed / both)) : 1;
  const words =
    byText * bucketsRead * COST.bitmapEntry + Math.min(byText, (needed * claims) / byFilters) * COST.rowByWords;
  const filters = Math.min(byFilters, (needed * claims) / byText) * COST.rowByFilters;
  return filters < words ? "filters" : byIndexes;
}

interface ExplainedPlan {
  Plan?: { "Plan Rows"?: number };
}

/** The planner's estimate of how many claims match `where` (alias `c`). */
async function estimatedClaims(db: Db | Tx, where: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": ExplainedPlan[] | string }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c WHERE ${where}`,
  );
  const explained = rows[0]?.["QUERY PLAN"];
  const plans = typeof explained === "string" ? (JSON.parse(explained) as ExplainedPlan[]) : explained;
  return plans?.[0]?.Plan?.["Plan Rows"] ?? 0;
}
