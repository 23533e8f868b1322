-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "languageVersions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Item_languageVersions_idx" ON "Item" USING GIN ("languageVersions");

