-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "snapshotAt" TIMESTAMPTZ(3),
ADD COLUMN     "snapshotHash" TEXT,
ADD COLUMN     "snapshotText" TEXT;

-- Until now a reviewer's pasted page text was stored as the archived copy and served as if
-- fetched. The archiver only runs once a notice is published, which needs the verdict approved
-- first. So a copy stored before the verdict's decision (or on a verdict never decided) was typed
-- by its reviewer. It becomes that reviewer's snapshot, and the archive is left empty so the
-- archiver fetches the real page at the notice's next version.
UPDATE "Evidence" AS e
SET "snapshotText" = e."archivedText",
    "snapshotHash" = e."archivedHash",
    "snapshotAt"   = e."archivedAt",
    "archivedText" = NULL,
    "archivedHash" = NULL,
    "archivedAt"   = NULL
FROM "Review" AS r
WHERE r."id" = e."reviewId"
  AND e."archivedAt" IS NOT NULL
  AND (r."decidedAt" IS NULL OR e."archivedAt" <= r."decidedAt");
