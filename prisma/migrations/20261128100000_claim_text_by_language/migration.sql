-- ─── Hand-written: the queue's text indexes by language, and by verdict ───
-- Migration 20261126100000 split the claim text indexes into eight buckets of the claim id, so
-- that counting the claims of a common word stops after the first bucket. Two queue views were
-- still slow at a million items (issue 4, decision record 0010):
-- - A word under a language filter that excludes its claims ("метро", a Russian word, in Kazakh
--   claims: 1.7 s). Every match was read from the buckets to find that none is Kazakh.
--   Now each bucket is also split by language (Kazakh, Russian, all others), as the item word
--   index is (migration 20261127100000): a Kazakh-only queue reads the Kazakh indexes, where
--   "метро" has no entry.
-- - A word with a verdict ("министрлігі", in one claim in fourteen, with fake, one in sixteen:
--   70-110 ms). Either the word's matches were read until enough were fake, or the fake claims
--   until enough had the word. Now each verdict has text indexes of its own, holding only its
--   claims, with the language as a first column (btree_gin): the index alone finds the fake
--   claims with the word in one language. Claims with a verdict are the few a team has judged,
--   and their verdict changes only by review, so these indexes cost ingest little.
-- A claim is in exactly one index of each bucketed family, as before: ingest updates one word
-- index and one title index per claim, plus one of each per verdict for judged claims.
-- The predicates must read exactly as in packages/api/src/services/language-partitions.ts and
-- claim-queue-sql.ts (the bucket and verdict literals), or the planner cannot use them.
-- NOTE for editors: the migration runner splits at every semicolon, comments included.

CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "Claim_searchVector_b0_idx";
DROP INDEX "Claim_searchVector_b1_idx";
DROP INDEX "Claim_searchVector_b2_idx";
DROP INDEX "Claim_searchVector_b3_idx";
DROP INDEX "Claim_searchVector_b4_idx";
DROP INDEX "Claim_searchVector_b5_idx";
DROP INDEX "Claim_searchVector_b6_idx";
DROP INDEX "Claim_searchVector_b7_idx";
DROP INDEX "Claim_title_trgm_b0_idx";
DROP INDEX "Claim_title_trgm_b1_idx";
DROP INDEX "Claim_title_trgm_b2_idx";
DROP INDEX "Claim_title_trgm_b3_idx";
DROP INDEX "Claim_title_trgm_b4_idx";
DROP INDEX "Claim_title_trgm_b5_idx";
DROP INDEX "Claim_title_trgm_b6_idx";
DROP INDEX "Claim_title_trgm_b7_idx";
CREATE INDEX "Claim_words_kk_b0_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_words_kk_b1_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_words_kk_b2_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_words_kk_b3_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_words_kk_b4_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_words_kk_b5_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_words_kk_b6_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_words_kk_b7_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_words_ru_b0_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_words_ru_b1_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_words_ru_b2_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_words_ru_b3_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_words_ru_b4_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_words_ru_b5_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_words_ru_b6_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_words_ru_b7_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_words_other_b0_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_words_other_b1_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_words_other_b2_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_words_other_b3_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_words_other_b4_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_words_other_b5_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_words_other_b6_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_words_other_b7_idx" ON "Claim" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_title_kk_b0_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_title_kk_b1_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_title_kk_b2_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_title_kk_b3_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_title_kk_b4_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_title_kk_b5_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_title_kk_b6_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_title_kk_b7_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'kk' AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_title_ru_b0_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_title_ru_b1_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_title_ru_b2_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_title_ru_b3_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_title_ru_b4_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_title_ru_b5_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_title_ru_b6_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_title_ru_b7_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" = 'ru' AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_title_other_b0_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 0;
CREATE INDEX "Claim_title_other_b1_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 1;
CREATE INDEX "Claim_title_other_b2_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 2;
CREATE INDEX "Claim_title_other_b3_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 3;
CREATE INDEX "Claim_title_other_b4_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 4;
CREATE INDEX "Claim_title_other_b5_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 5;
CREATE INDEX "Claim_title_other_b6_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 6;
CREATE INDEX "Claim_title_other_b7_idx" ON "Claim" USING GIN ("title" gin_trgm_ops) WHERE "lang" <> ALL (ARRAY['kk', 'ru']) AND (get_byte(uuid_send("id"), 15) & 7) = 7;
CREATE INDEX "Claim_words_verified_idx" ON "Claim" USING GIN ("lang", "searchVector") WHERE "verdict" = 'verified';
CREATE INDEX "Claim_title_verified_idx" ON "Claim" USING GIN ("lang", "title" gin_trgm_ops) WHERE "verdict" = 'verified';
CREATE INDEX "Claim_words_fake_idx" ON "Claim" USING GIN ("lang", "searchVector") WHERE "verdict" = 'fake';
CREATE INDEX "Claim_title_fake_idx" ON "Claim" USING GIN ("lang", "title" gin_trgm_ops) WHERE "verdict" = 'fake';
CREATE INDEX "Claim_words_misleading_idx" ON "Claim" USING GIN ("lang", "searchVector") WHERE "verdict" = 'misleading';
CREATE INDEX "Claim_title_misleading_idx" ON "Claim" USING GIN ("lang", "title" gin_trgm_ops) WHERE "verdict" = 'misleading';
CREATE INDEX "Claim_words_unverifiable_idx" ON "Claim" USING GIN ("lang", "searchVector") WHERE "verdict" = 'unverifiable';
CREATE INDEX "Claim_title_unverifiable_idx" ON "Claim" USING GIN ("lang", "title" gin_trgm_ops) WHERE "verdict" = 'unverifiable';

-- The queue chooses how to read a text filter with other filters from the planner's estimates
-- (packages/api/src/services/claim-queue-plan.ts). The column statistics of "searchVector" are
-- over every language, but words and language go together: "метро" is in a third of all claims
-- and in no Kazakh one, and estimated at a fifth of the Kazakh ones the queue read every new
-- Kazakh claim to find none (1.2 s at a million items). Statistics of each language's words,
-- kept by ANALYZE (no index, nothing for ingest to write), give the estimate per language.
-- The expressions must read as in claim-queue-sql.ts (textEstimated).
CREATE STATISTICS "Claim_words_kk_stats" ON (CASE WHEN "lang" = 'kk' THEN "searchVector" END) FROM "Claim";
CREATE STATISTICS "Claim_words_ru_stats" ON (CASE WHEN "lang" = 'ru' THEN "searchVector" END) FROM "Claim";
CREATE STATISTICS "Claim_words_other_stats" ON (CASE WHEN "lang" <> ALL (ARRAY['kk', 'ru']) THEN "searchVector" END) FROM "Claim";
ANALYZE "Claim";
