-- A copy that an indexed item of its claim already covers (the same passages, no other facts:
-- @tekser/claims coverage.ts) keeps its fingerprint for comparison, but its band keys and passage
-- anchors stay out of the lookup indexes: each later copy of a story then finds the story, not
-- every earlier repost of it, and ingest does not index the same keys once per repost. URL keys
-- stay indexed for every item: a post linking the copy's own address still finds it.
ALTER TABLE "ItemFingerprint" ADD COLUMN "textIndexed" BOOLEAN NOT NULL DEFAULT true;

DROP INDEX "ItemFingerprint_bands_idx";
DROP INDEX "ItemFingerprint_passages_idx";
CREATE INDEX "ItemFingerprint_bands_idx" ON "ItemFingerprint" USING GIN ("bands") WITH (fastupdate = off, gin_pending_list_limit = 256) WHERE "textIndexed";
CREATE INDEX "ItemFingerprint_passages_idx" ON "ItemFingerprint" USING GIN ("passages") WITH (fastupdate = off, gin_pending_list_limit = 256) WHERE "textIndexed";
