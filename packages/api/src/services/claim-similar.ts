import { crossLanguageKey, titleAnchors } from "@tekser/claims";
import type { TSimilarClaim } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";
import { AppError } from "../errors.ts";

const SIMILAR_LIMIT = 10;
/** Title words shorter than this are mostly particles and prepositions: too common to relate claims. */
const SIMILAR_WORD_MIN = 4;
/** Title words looked for: a title's first words say what it is about (and 45 pairs stay cheap to match). */
const SIMILAR_WORDS = 10;
/** A translation shares at least this many of a title's names and numbers… */
const ANCHORS_SHARED = 2;
/** …and appears within this many days of the claim: a story is retold in the other language soon. */
const TRANSLATION_DAYS = 7;

/**
 * The claim's title words in the key of the title word index (migration 20261128110000), which
 * folds the letters Kazakh and Russian spell names with (crossLanguageKey).
 */
const foldedTitle = Prisma.sql`to_tsvector('simple', translate(coalesce(c."searchTitle", ''), 'qh', 'kk'))`;

/**
 * Claims like this one that clustering kept apart: titles that share words with it (as
 * prefixes, so Kazakh word forms meet), or, in another language and within a week, that share
 * at least two of its names and numbers (its anchors, as prefixes, so case endings meet): the
 * likely translations, which near-duplicate matching cannot see. Up to 200 titles sharing two
 * words and 50 sharing one are scored (one common word alone would bring any 50), by trigram
 * similarity of the normalised titles or half the word rank, if higher; translations by the
 * share of anchors found. Merged-away claims are left out.
 *
 * Trigram similarity is computed for the word matches only: looked up through a trigram index,
 * titles sharing trigrams with this one are most claims (1–4 s at a million items).
 */
export async function similarClaims(db: Db, claimId: string): Promise<TSimilarClaim[]> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { title: true, searchTitle: true, lang: true, firstSeenAt: true } });
  if (!claim) throw new AppError("NOT_FOUND", `No claim with id ${claimId}`);
  const title = claim.searchTitle ?? "";
  const words = [...new Set(title.split(" ").filter((word) => word.length >= SIMILAR_WORD_MIN).map(crossLanguageKey))].slice(0, SIMILAR_WORDS).map((word) => `${word}:*`);
  const pairs = words.flatMap((word, index) => words.slice(index + 1).map((other) => `(${word} & ${other})`));
  const anchors = titleAnchors(claim.title).map((anchor) => `${anchor}:*`);
  const days = TRANSLATION_DAYS * 86_400_000;
  const sharing = (query: string, limit: number) => Prisma.sql`
    SELECT c."id", greatest(similarity(c."searchTitle", ${title}), ts_rank(${foldedTitle}, to_tsquery('simple', ${query})) / 2)::float8 AS score
    FROM "Claim" c WHERE ${query} <> '' AND ${foldedTitle} @@ to_tsquery('simple', ${query}) LIMIT ${limit}`;
  const rows = await db.$queryRaw<TSimilarClaim[]>(Prisma.sql`
    WITH by_two_words AS (${sharing(pairs.join(" | "), SIMILAR_LIMIT * 20)}),
    by_a_word AS (${sharing(words.join(" | "), SIMILAR_LIMIT * 5)}),
    by_anchors AS (
      SELECT c."id", (SELECT count(*) FROM unnest(${anchors}::text[]) AS a(query) WHERE ${foldedTitle} @@ to_tsquery('simple', a.query))::float8 / ${anchors.length} AS score
      FROM "Claim" c
      WHERE ${anchors.length >= ANCHORS_SHARED} AND c."lang" <> ${claim.lang}
        AND c."firstSeenAt" BETWEEN ${new Date(claim.firstSeenAt.getTime() - days)} AND ${new Date(claim.firstSeenAt.getTime() + days)}
        AND ${foldedTitle} @@ to_tsquery('simple', ${anchors.join(" | ")})
    )
    SELECT c."id", c."title", c."lang", c."status", c."verdict", max(s.score) AS similarity
    FROM (SELECT * FROM by_two_words UNION ALL SELECT * FROM by_a_word
          UNION ALL SELECT * FROM by_anchors WHERE score * ${Math.max(anchors.length, 1)} >= ${ANCHORS_SHARED}) s
    JOIN "Claim" c ON c."id" = s."id"
    WHERE c."mergedIntoId" IS NULL AND c."id" <> ${claimId}::uuid
    GROUP BY c."id"
    ORDER BY similarity DESC, c."id"
    LIMIT ${SIMILAR_LIMIT}`);
  return rows.map((row) => ({ ...row, similarity: Number(row.similarity) }));
}
