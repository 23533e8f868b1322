-- Band keys find texts that resemble each other as wholes. A text of many words shares passage
-- anchors with whatever resembles it, so only a short text (fewer than SHORT_ITEM_WORDS words)
-- looks others up by its band keys, and it can resemble only texts of at most
-- BAND_INDEXED_MAX_SHINGLES (30) word bigrams (@tekser/claims match.ts): only those are indexed.
-- Every text keeps its band keys for comparison.
DROP INDEX "ItemFingerprint_bands_idx";
CREATE INDEX "ItemFingerprint_bands_idx" ON "ItemFingerprint" USING GIN ("bands") WITH (fastupdate = off, gin_pending_list_limit = 256) WHERE "textIndexed" AND "shingleCount" <= 30;
