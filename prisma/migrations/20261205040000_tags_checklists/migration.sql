-- Team tags on claims: the ids live on the claim, so the queue's tag filter reads one table
-- like every other filter (see claim-queue-sql.ts); the GIN index answers "has any of these tags".
ALTER TABLE "Claim" ADD COLUMN "tagIds" UUID[] DEFAULT ARRAY[]::UUID[];
-- A short pending list like every GIN index of "Claim" (migration 20261128220000).
CREATE INDEX "Claim_tagIds_idx" ON "Claim" USING GIN ("tagIds") WITH (gin_pending_list_limit = 256);

-- The checklist as the verdict's author ticked it, item texts copied.
ALTER TABLE "Review" ADD COLUMN "checklist" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);
