-- Each figure an item states with the word after it (@tekser/claims facts.ts `figureSlotKeys`):
-- the same template with another figure before the same word ("үш мектепте" / "бес мектепте") is
-- another claim. Not indexed: read only for candidates. Fingerprints stored before have none, so
-- they never veto a match.
ALTER TABLE "ItemFingerprint" ADD COLUMN "figureSlots" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
