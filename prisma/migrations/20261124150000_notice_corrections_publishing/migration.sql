-- CreateEnum
CREATE TYPE "NoticeChangeKind" AS ENUM ('publication', 'correction', 'retraction');

-- AlterTable
ALTER TABLE "NoticeVersion" ADD COLUMN     "changeSeq" BIGINT,
ADD COLUMN     "kind" "NoticeChangeKind" NOT NULL DEFAULT 'publication';

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "createdById" UUID;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "lastAttemptAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeVersion_changeSeq_key" ON "NoticeVersion"("changeSeq");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_createdAt_idx" ON "WebhookDelivery"("webhookId", "createdAt");

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_noticeId_version_fkey" FOREIGN KEY ("noticeId", "version") REFERENCES "NoticeVersion"("noticeId", "version") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Existing versions join the change stream in the order they were made.
UPDATE "NoticeVersion" v SET "changeSeq" = ordered.seq
FROM (SELECT id, row_number() OVER (ORDER BY "createdAt", id) AS seq FROM "NoticeVersion") ordered
WHERE v.id = ordered.id;
