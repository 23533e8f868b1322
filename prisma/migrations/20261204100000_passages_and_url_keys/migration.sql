-- Passage anchors, stated numbers and URL identity keys of each fingerprinted item: clustering
-- finds an excerpt inside a longer text through the passages, and a post that links a stored
-- item's URL (or a stored post linking a new item) through the URL keys.
ALTER TABLE "ItemFingerprint" ADD COLUMN "passages" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
                              ADD COLUMN "numbers" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
                              ADD COLUMN "urlKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
                              ADD COLUMN "linkKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Like the band keys' index: no pending list (every ingest looks up what it just wrote), and the
-- short limit every GIN index of these tables carries should fastupdate ever be turned on.
CREATE INDEX "ItemFingerprint_passages_idx" ON "ItemFingerprint" USING GIN ("passages") WITH (fastupdate = off, gin_pending_list_limit = 256);
CREATE INDEX "ItemFingerprint_urlKeys_idx" ON "ItemFingerprint" USING GIN ("urlKeys") WITH (fastupdate = off, gin_pending_list_limit = 256);
CREATE INDEX "ItemFingerprint_linkKeys_idx" ON "ItemFingerprint" USING GIN ("linkKeys") WITH (fastupdate = off, gin_pending_list_limit = 256);
