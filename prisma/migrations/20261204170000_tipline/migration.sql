-- CreateEnum
CREATE TYPE "TipChannel" AS ENUM ('telegram', 'web');

-- AlterEnum
ALTER TYPE "IngestRoute" ADD VALUE 'tipline';

-- AlterEnum
ALTER TYPE "ItemKind" ADD VALUE 'tip';

-- CreateTable
CREATE TABLE "TiplineSettings" (
    "id" TEXT NOT NULL DEFAULT 'tipline',
    "botToken" TEXT,
    "apiBaseUrl" TEXT NOT NULL DEFAULT 'https://api.telegram.org',
    "senderKey" TEXT NOT NULL,
    "updateOffset" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TiplineSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipSender" (
    "id" UUID NOT NULL,
    "channel" "TipChannel" NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "chatId" TEXT,
    "lang" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL DEFAULT true,
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TipSender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tip" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "senderId" UUID,
    "channel" "TipChannel" NOT NULL,
    "lang" TEXT NOT NULL,
    "mediaRefs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contact" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TipAnswer" (
    "id" UUID NOT NULL,
    "tipId" UUID NOT NULL,
    "noticeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TipAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TipSender_pseudonym_key" ON "TipSender"("pseudonym");

-- CreateIndex
CREATE INDEX "Tip_itemId_idx" ON "Tip"("itemId");

-- CreateIndex
CREATE INDEX "Tip_senderId_receivedAt_idx" ON "Tip"("senderId", "receivedAt");

-- CreateIndex
CREATE INDEX "Tip_receivedAt_idx" ON "Tip"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TipAnswer_tipId_noticeId_version_key" ON "TipAnswer"("tipId", "noticeId", "version");

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "TipSender"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipAnswer" ADD CONSTRAINT "TipAnswer_tipId_fkey" FOREIGN KEY ("tipId") REFERENCES "Tip"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TipAnswer" ADD CONSTRAINT "TipAnswer_noticeId_version_fkey" FOREIGN KEY ("noticeId", "version") REFERENCES "NoticeVersion"("noticeId", "version") ON DELETE RESTRICT ON UPDATE CASCADE;

