-- Webhook delivery of Telegram updates: the secret Telegram sends with each one while it is on.
ALTER TABLE "TiplineSettings" ADD COLUMN "webhookSecret" TEXT;
