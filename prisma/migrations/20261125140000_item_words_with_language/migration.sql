-- Search filters items by language as well as by words. With the language outside the word
-- index, a common word under a language filter that excludes its matches ("метро" in Kazakh
-- items) made PostgreSQL read every match to find none. The language joins the words as one
-- more lexeme ("~kk": the tilde never survives normalisation, so no search word can produce it)
-- in an expression index that replaces the plain one: queries without a language filter use it
-- the same way, and with one the index intersects words and language itself.
DROP INDEX "Item_searchVector_idx";
CREATE INDEX "Item_words_lang_idx" ON "Item" USING GIN (("searchVector" || array_to_tsvector(ARRAY['~' || "lang"])));
