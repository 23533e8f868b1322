-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "clusterPinned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "originalItemId" UUID,
ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "resurfacedAt" TIMESTAMPTZ(3),
ADD COLUMN     "searchTitle" TEXT;

-- CreateTable
CREATE TABLE "ItemFingerprint" (
    "itemId" UUID NOT NULL,
    "tokenCount" INTEGER NOT NULL,
    "shingleCount" INTEGER NOT NULL,
    "signature" INTEGER[],
    "shingles" INTEGER[],
    "exact" BOOLEAN NOT NULL,

    CONSTRAINT "ItemFingerprint_pkey" PRIMARY KEY ("itemId")
);

-- CreateTable
CREATE TABLE "ItemBandKey" (
    "key" BIGINT NOT NULL,
    "itemId" UUID NOT NULL,

    CONSTRAINT "ItemBandKey_pkey" PRIMARY KEY ("key","itemId")
);

-- CreateIndex
CREATE INDEX "ItemBandKey_itemId_idx" ON "ItemBandKey"("itemId");

-- CreateIndex
CREATE INDEX "Item_site_idx" ON "Item"("site");

-- CreateIndex
CREATE INDEX "Item_lang_idx" ON "Item"("lang");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_originalItemId_fkey" FOREIGN KEY ("originalItemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemFingerprint" ADD CONSTRAINT "ItemFingerprint_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemBandKey" ADD CONSTRAINT "ItemBandKey_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ─── Hand-written: search (not expressible in schema.prisma) ───
-- Trigram similarity for misspellings and transliterations.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full-text search uses the `simple` configuration: PostgreSQL has no Kazakh stemmer, and
-- searchText is already case-folded and transliterated by @tekser/claims, so the same query
-- finds Cyrillic and Latin Kazakh alike. The vector is stored (not an expression index) so a
-- scan in date order can test matches without re-parsing every text.
ALTER TABLE "Item" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Item_searchVector_idx" ON "Item" USING GIN ("searchVector");
CREATE INDEX "Claim_searchTitle_fts_idx" ON "Claim" USING GIN (to_tsvector('simple', coalesce("searchTitle", '')));
CREATE INDEX "Claim_searchTitle_trgm_idx" ON "Claim" USING GIN ("searchTitle" gin_trgm_ops);
CREATE INDEX "Claim_mergedIntoId_idx" ON "Claim" ("mergedIntoId");
CREATE INDEX "Item_originalItemId_idx" ON "Item" ("originalItemId");
-- The queue's title filter is a case-insensitive "contains" (ILIKE '%…%'): trigrams serve it.
CREATE INDEX "Claim_title_trgm_idx" ON "Claim" USING GIN ("title" gin_trgm_ops);
-- Search lists newest first with undated items last. The plain publishedAt index scanned
-- backwards gives NULLS FIRST, so this order needs its own index.
CREATE INDEX "Item_publishedAt_desc_idx" ON "Item" ("publishedAt" DESC NULLS LAST, "id");
