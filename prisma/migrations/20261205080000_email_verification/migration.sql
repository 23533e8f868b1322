-- AlterTable
ALTER TABLE "NotificationProfile" ADD COLUMN     "emailVerifiedAt" TIMESTAMPTZ(3);

-- An address the desk's SMTP server has accepted notification mail for since the profile last
-- changed is taken as verified (decision 0028): its owner typed it and has been getting what goes
-- there. Any other address (never mailed, or edited since the last mail) waits for its owner to
-- open a verification link.
UPDATE "NotificationProfile" AS p
SET "emailVerifiedAt" = mailed."lastSentAt"
FROM (
  SELECT n."userId", max(d."sentAt") AS "lastSentAt"
  FROM "NotificationDelivery" d JOIN "Notification" n ON n."id" = d."notificationId"
  WHERE d."channel" = 'email' AND d."sentAt" IS NOT NULL
  GROUP BY n."userId"
) AS mailed
WHERE p."userId" = mailed."userId" AND p."email" IS NOT NULL AND mailed."lastSentAt" >= p."updatedAt";

-- CreateTable
CREATE TABLE "EmailVerification" (
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailVerification_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "EmailVerification_userId_createdAt_idx" ON "EmailVerification"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "EmailVerification" ADD CONSTRAINT "EmailVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
