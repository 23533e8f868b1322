-- CreateTable
CREATE TABLE "TitleWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "TitleWord_pkey" PRIMARY KEY ("word")
);


-- ─── Hand-written: the vocabulary of claim titles, for search's "did you mean" ───
-- A misspelt query word is corrected to the nearest words of this table (a few hundred thousand
-- at a million claims) instead of ranking a million titles by trigram distance, which cost
-- about 0.9 s per query (decision 0010, addendum).
--
-- NOTE for editors: the migration runner splits scripts at EVERY semicolon, even inside quotes
-- and comments (see migration 20261125100000). Function bodies are E'' strings that write their
-- semicolons as \x3B, and comments here never contain one.

-- Words of the claims that exist.
INSERT INTO "TitleWord" ("word")
SELECT DISTINCT w FROM "Claim" c, unnest(string_to_array(c."searchTitle", ' ')) AS w
WHERE w <> ''
ON CONFLICT DO NOTHING;

-- Nearest words to a query word (similarity, %), built after the fill: faster than row by row.
CREATE INDEX "TitleWord_word_trgm_idx" ON "TitleWord" USING GIN ("word" gin_trgm_ops);
-- "Is this query word the start of a title word?" (a byte-wise range, whatever the collation).
CREATE INDEX "TitleWord_word_prefix_idx" ON "TitleWord" ("word" text_pattern_ops);

-- Adds the words of these normalised titles, sorted, so that two writers meeting on new words
-- wait for each other in the same order.
CREATE FUNCTION tekser_add_title_words(titles text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "TitleWord" ("word")
  SELECT DISTINCT w FROM unnest(titles) AS t(title), unnest(string_to_array(t.title, ' ')) AS w
  WHERE w <> '' ORDER BY w
  ON CONFLICT DO NOTHING
$$;

-- New claims add their words once per INSERT statement (ingest writes up to 100 claims in one).
CREATE FUNCTION tekser_title_words_inserted() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM tekser_add_title_words(ARRAY(SELECT "searchTitle" FROM new_claims))\x3B
  RETURN NULL\x3B
END';

-- A retitled claim adds its new words. Row level, on the column and only when it changed:
-- PostgreSQL allows no column list on a trigger with transition tables, and one on every UPDATE
-- of "Claim" (item counts change with every ingest batch) would copy every updated row.
-- Titles change one claim at a time (a reviewer's edit).
CREATE FUNCTION tekser_title_words_retitled() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM tekser_add_title_words(ARRAY[NEW."searchTitle"])\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Claim_title_words_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION tekser_title_words_inserted();
CREATE TRIGGER "Claim_title_words_update" AFTER UPDATE OF "searchTitle" ON "Claim"
  FOR EACH ROW WHEN (OLD."searchTitle" IS DISTINCT FROM NEW."searchTitle") EXECUTE FUNCTION tekser_title_words_retitled();

-- The misspelling fallback was the only user of the GiST trigram index on titles (nearest
-- first under a LIMIT). Similar claims (%) read the GIN one, "Claim_searchTitle_trgm_idx".
DROP INDEX IF EXISTS "Claim_searchTitle_gist_idx";
