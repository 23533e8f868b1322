-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "editedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ItemVersion" ADD COLUMN     "editedAt" TIMESTAMPTZ(3);

