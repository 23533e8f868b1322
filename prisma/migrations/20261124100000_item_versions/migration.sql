-- CreateTable
CREATE TABLE "ItemVersion" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "rawDocumentId" UUID,
    "rawLocation" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ItemVersion_contentHash_key" ON "ItemVersion"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "ItemVersion_itemId_version_key" ON "ItemVersion"("itemId", "version");

-- AddForeignKey
ALTER TABLE "ItemVersion" ADD CONSTRAINT "ItemVersion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemVersion" ADD CONSTRAINT "ItemVersion_rawDocumentId_fkey" FOREIGN KEY ("rawDocumentId") REFERENCES "RawDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Items ingested before versions existed become their own version 1, so re-ingesting them is
-- still recognised as a duplicate.
INSERT INTO "ItemVersion" ("id", "itemId", "version", "contentHash", "title", "text", "publishedAt", "rawDocumentId", "rawLocation", "createdAt")
SELECT gen_random_uuid(), "id", "version", "contentHash", "title", "text", "publishedAt", "rawDocumentId", "rawLocation", "ingestedAt" FROM "Item";
