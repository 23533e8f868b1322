import { Prisma, type Db } from "@tekser/db";

/** Below this many characters a word shares trigrams with too many others to be corrected. */
const CORRECTABLE_MIN_CHARS = 3;
/**
 * Title words a misspelt query word may stand for, nearest first. More than one, because the
 * nearest can itself be a misspelling in some title, or another form of the word meant.
 */
const CANDIDATES_PER_WORD = 3;

export interface Correction {
  /** The full-text query with each misspelt word replaced by its candidates (any of them). */
  tsQuery: string;
  /** The query as corrected, for "Showing results for …": each word replaced by its nearest. */
  query: string;
}

/**
 * "Did you mean": each query word (normalised) that starts no word of any claim title is
 * replaced by the title words nearest to it (pg_trgm similarity above its threshold, 0.3), from
 * the vocabulary table "TitleWord" (migration 20261128200000). Null when no word was replaced.
 * Words that start a title word are kept: the full-text query reads items, whose words titles
 * take from, so such a word is not what made the search find nothing.
 */
export async function correctMisspelt(db: Db, tokens: readonly string[]): Promise<Correction | null> {
  // The prefix test is a byte-wise range on the text_pattern_ops index: LIKE with a pattern
  // known only at run time would read the whole table.
  const rows = await db.$queryRaw<{ token: string; known: boolean; nearest: string[] | null }[]>(Prisma.sql`
    SELECT t."token", k."known", n."nearest"
    FROM unnest(${tokens}::text[]) WITH ORDINALITY AS t("token", "position")
    CROSS JOIN LATERAL (
      SELECT length(t."token") < ${CORRECTABLE_MIN_CHARS} OR EXISTS (
        SELECT 1 FROM "TitleWord" w WHERE w."word" ~>=~ t."token" AND w."word" ~<~ (t."token" || chr(1114111))) AS "known") k
    LEFT JOIN LATERAL (
      SELECT array_agg(near."word" ORDER BY near."score" DESC, near."word") AS "nearest"
      FROM (SELECT w."word", similarity(w."word", t."token") AS "score" FROM "TitleWord" w
            WHERE NOT k."known" AND w."word" % t."token"
            ORDER BY "score" DESC, w."word" LIMIT ${CANDIDATES_PER_WORD}) near) n ON true
    ORDER BY t."position"`);
  if (!rows.some((row) => !row.known && row.nearest?.length)) return null;
  const corrected = rows.map((row) => (row.known || !row.nearest?.length ? [row.token] : row.nearest));
  return {
    tsQuery: corrected
      .map((words) => (words.length === 1 ? `${words[0]}:*` : `(${words.map((word) => `${word}:*`).join(" | ")})`))
      .join(" & "),
    query: corrected.map((words) => words[0]).join(" "),
  };
}
