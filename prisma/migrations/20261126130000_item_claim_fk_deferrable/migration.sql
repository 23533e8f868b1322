-- Ingest inserts a batch's new claims after their items (deferring this check to commit), so
-- each new claim is written once with its item count, sites and words, instead of being
-- inserted empty and then rewritten, with its 15 indexes, by the item triggers.
ALTER TABLE "Item" ALTER CONSTRAINT "Item_claimId_fkey" DEFERRABLE INITIALLY IMMEDIATE;
