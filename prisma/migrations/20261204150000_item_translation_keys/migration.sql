-- CreateTable
CREATE TABLE "ItemTranslationKeys" (
    "itemId" UUID NOT NULL,
    "lang" TEXT NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "keys" TEXT[],
    "anchors" TEXT[],

    CONSTRAINT "ItemTranslationKeys_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE INDEX "ItemTranslationKeys_anchors_idx" ON "ItemTranslationKeys" USING GIN ("anchors");

-- CreateIndex
CREATE INDEX "ItemTranslationKeys_lang_seenAt_idx" ON "ItemTranslationKeys"("lang", "seenAt");

-- AddForeignKey
ALTER TABLE "ItemTranslationKeys" ADD CONSTRAINT "ItemTranslationKeys_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ─── Hand-written ───
-- Ingest looks translations up in this index between its own inserts: entries are written in
-- place, not left in a pending list every lookup would scan (as ItemFingerprint_bands_idx,
-- decision record 0011).
ALTER INDEX "ItemTranslationKeys_anchors_idx" SET (fastupdate = off);
