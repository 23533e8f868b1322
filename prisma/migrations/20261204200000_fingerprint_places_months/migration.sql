-- The Kazakhstan places and the months an item names (@tekser/claims facts.ts): a regional
-- template republished for another region or month is another claim. Not indexed: read only for
-- candidates. Fingerprints stored before have none, so they never veto a match.
ALTER TABLE "ItemFingerprint" ADD COLUMN "months" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN "places" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
