-- CreateTable
CREATE TABLE "MediaImage" (
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "dHash" BIGINT NOT NULL,
    "ocrText" TEXT,
    "ocrState" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaImage_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "ItemMedia" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "imageSha256" TEXT,
    "fetchedAt" TIMESTAMPTZ(3),
    "textItemId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemMedia_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediaImage_dHash_idx" ON "MediaImage"("dHash");

-- CreateIndex
CREATE INDEX "ItemMedia_state_createdAt_idx" ON "ItemMedia"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ItemMedia_imageSha256_idx" ON "ItemMedia"("imageSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ItemMedia_itemId_url_key" ON "ItemMedia"("itemId", "url");

-- AddForeignKey
ALTER TABLE "ItemMedia" ADD CONSTRAINT "ItemMedia_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemMedia" ADD CONSTRAINT "ItemMedia_imageSha256_fkey" FOREIGN KEY ("imageSha256") REFERENCES "MediaImage"("sha256") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every image an item or a tip refers to becomes a pending row in the same transaction that
-- stores it, whatever the route (file, upload, polled source, tipline): the media worker picks
-- the rows up later, so text ingest never waits for an image.
CREATE FUNCTION "queue_item_media"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ItemMedia" ("id", "itemId", "url")
  SELECT gen_random_uuid(), NEW."id", url FROM unnest(NEW."mediaUrls") AS url WHERE url <> ''
  ON CONFLICT ("itemId", "url") DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Item_queue_media" AFTER INSERT OR UPDATE OF "mediaUrls" ON "Item"
  FOR EACH ROW WHEN (cardinality(NEW."mediaUrls") > 0) EXECUTE FUNCTION "queue_item_media"();

CREATE FUNCTION "queue_tip_media"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ItemMedia" ("id", "itemId", "url")
  SELECT gen_random_uuid(), NEW."itemId", ref FROM unnest(NEW."mediaRefs") AS ref WHERE ref <> ''
  ON CONFLICT ("itemId", "url") DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Tip_queue_media" AFTER INSERT ON "Tip"
  FOR EACH ROW WHEN (cardinality(NEW."mediaRefs") > 0) EXECUTE FUNCTION "queue_tip_media"();
