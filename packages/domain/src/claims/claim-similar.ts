import { crossLanguageKey } from "@tekser/claims";
import type { TSimilarClaim } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { translationSuggestions } from "./claim-translations.ts";
import { verdictLabelsOfClaims } from "./claim-verdict-label.ts";

const SIMILAR_LIMIT = 10;
/** Title words shorter than this are mostly particles and prepositions: too common to relate claims. */
const SIMILAR_WORD_MIN = 4;
/** Title words looked for: a title's first words say what it is about (and 45 pairs stay cheap to match). */
const SIMILAR_WORDS = 10;

/**
 * The claim's title words in the key of the title word index (migration 20261128110000), which
 * folds the letters Kazakh and Russian spell names with (crossLanguageKey).
 */
const foldedTitle = Prisma.sql`to_tsvector('simple', translate(coalesce(c."searchTitle", ''), 'qh', 'kk'))`;

/**
 * Claims like this one that clustering kept apart: titles that share words with it (as
 * prefixes, so Kazakh word forms meet), or whose items are likely translations of its items
 * (kk↔ru evidence that the translation rules accept but did not join: see claim-translations.ts),
 * which near-duplicate matching cannot see. Up to 200 titles sharing two words and 50 sharing one
 * are scored (one common word alone would bring any 50), by trigram similarity of the normalised
 * titles or half the word rank, if higher; translations by their evidence score. Merged-away
 * claims are left out.
 *
 * Trigram similarity is computed for the word matches only: looked up through a trigram index,
 * titles sharing trigrams with this one are most claims (1–4 s at a million items).
 */
export async function similarClaims(db: Db, claimId: string): Promise<TSimilarClaim[]> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { searchTitle: true } });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${claimId}`, { claimId: claimId });
  const title = claim.searchTitle ?? "";
  const words = [
    ...new Set(
      title
        .split(" ")
        .filter((word) => word.length >= SIMILAR_WORD_MIN)
        .map(crossLanguageKey),
    ),
  ]
    .slice(0, SIMILAR_WORDS)
    .map((word) => `${word}:*`);
  const pairs = words.flatMap((word, index) => words.slice(index + 1).map((other) => `(${word} & ${other})`));
  const translations = await translationSuggestions(db, claimId);
  const sharing = (query: string, limit: number) => Prisma.sql`
    SELECT c."id", greatest(similarity(c."searchTitle", ${title}), ts_rank(${foldedTitle}, to_tsquery('simple', ${query})) / 2)::float8 AS score
    FROM "Claim" c WHERE ${query} <> '' AND ${foldedTitle} @@ to_tsquery('simple', ${query}) LIMIT ${limit}`;
  const rows = await db.$queryRaw<Omit<TSimilarClaim, "verdictLabelId">[]>(Prisma.sql`
    WITH by_two_words AS (${sharing(pairs.join(" | "), SIMILAR_LIMIT * 20)}),
    by_a_word AS (${sharing(words.join(" | "), SIMILAR_LIMIT * 5)}),
    by_translation AS (SELECT unnest(${[...translations.keys()]}::uuid[]) AS "id", unnest(${[...translations.values()]}::float8[]) AS score)
    SELECT c."id", c."title", c."lang", c."status", c."verdict", max(s.score) AS similarity
    FROM (SELECT * FROM by_two_words UNION ALL SELECT * FROM by_a_word
          UNION ALL SELECT * FROM by_translation) s
    JOIN "Claim" c ON c."id" = s."id"
    WHERE c."mergedIntoId" IS NULL AND c."id" <> ${claimId}::uuid
    GROUP BY c."id"
    ORDER BY similarity DESC, c."id"
    LIMIT ${SIMILAR_LIMIT}`);
  const labels = await verdictLabelsOfClaims(
    db,
    rows.filter((row) => row.verdict).map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    verdictLabelId: labels.get(row.id) ?? null,
    similarity: Number(row.similarity),
  }));
}
