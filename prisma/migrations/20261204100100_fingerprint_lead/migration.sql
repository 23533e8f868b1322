-- Every content-word trigram of an item's start: a headline posted alone is matched against the
-- beginnings of stored texts trigram by trigram (the passage anchors of so short a text are one
-- or two). Not indexed: read only for candidates found by their passages.
ALTER TABLE "ItemFingerprint" ADD COLUMN "lead" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
