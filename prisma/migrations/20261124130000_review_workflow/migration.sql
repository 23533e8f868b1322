-- Review workflow: @mentions on comments, team four-eyes settings, saved queue views.
-- Written by hand in `prisma migrate diff` form (the diff needs a reachable database here).

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "mentionedIds" UUID[];

-- CreateTable
CREATE TABLE "TeamSettings" (
    "id" TEXT NOT NULL DEFAULT 'team',
    "reviewersMayApprove" BOOLEAN NOT NULL DEFAULT true,
    "lockMinutes" INTEGER NOT NULL DEFAULT 15,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueView" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QueueView_userId_name_key" ON "QueueView"("userId", "name");

-- AddForeignKey
ALTER TABLE "QueueView" ADD CONSTRAINT "QueueView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

