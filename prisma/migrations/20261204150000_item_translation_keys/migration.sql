-- CreateTable
CREATE TABLE "ItemTranslationKeys" (
    "itemId" UUID NOT NULL,
    "lang" TEXT NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "keys" TEXT[],

    CONSTRAINT "ItemTranslationKeys_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE INDEX "ItemTranslationKeys_keys_idx" ON "ItemTranslationKeys" USING GIN ("keys");

-- CreateIndex
CREATE INDEX "ItemTranslationKeys_lang_seenAt_idx" ON "ItemTranslationKeys"("lang", "seenAt");

-- AddForeignKey
ALTER TABLE "ItemTranslationKeys" ADD CONSTRAINT "ItemTranslationKeys_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Hand-written ───
-- Ingest adds keys with every Kazakh or Russian item: a short pending list, as the other GIN
-- indexes searches read have (migration 20261128220000).
ALTER INDEX "ItemTranslationKeys_keys_idx" SET (gin_pending_list_limit = 256);
