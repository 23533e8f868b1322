-- ─── Hand-written: the item word index in parts, one per language ───
-- Search filters items by language as well as by words. Migration 20261125140000 put the
-- language into the word index as one more lexeme ("~kk"), so the index intersects the two,
-- but a word prefix ("metro:*") makes GIN collect every item of every word it starts into a
-- bitmap before the intersection: ~360k items of "metro" at a million items, ~110 ms, to find
-- that none is in Kazakh (issue 4, decision record 0010).
-- One partial index per language (Kazakh, Russian, and one for all the others) holds the same
-- entries, less the language lexeme: a search in Kazakh items reads only the Kazakh index, where
-- "metro" has no entry at all, and a search in every language reads the three one after another
-- (packages/api/src/services/claim-search.ts, INDEXED_LANGS, whose conditions must read as the
-- predicates here). An item is in exactly one of them: ingest updates one index, as before.
-- NOTE for editors: the migration runner splits at every semicolon, comments included.

DROP INDEX "Item_words_lang_idx";
CREATE INDEX "Item_words_kk_idx" ON "Item" USING GIN ("searchVector") WHERE "lang" = 'kk';
CREATE INDEX "Item_words_ru_idx" ON "Item" USING GIN ("searchVector") WHERE "lang" = 'ru';
CREATE INDEX "Item_words_other_idx" ON "Item" USING GIN ("searchVector") WHERE "lang" <> ALL (ARRAY['kk', 'ru']);
