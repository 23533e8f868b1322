-- A run knows whether it ended: a process killed mid-run stops renewing heartbeatAt, and the
-- sweep marks its run interrupted instead of leaving it unfinished forever.
CREATE TYPE "IngestRunStatus" AS ENUM ('running', 'finished', 'interrupted');

ALTER TABLE "IngestRun"
  ADD COLUMN "status" "IngestRunStatus" NOT NULL DEFAULT 'running',
  ADD COLUMN "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "IngestRun" SET "status" = 'finished', "heartbeatAt" = "finishedAt" WHERE "finishedAt" IS NOT NULL;

CREATE INDEX "IngestRun_status_heartbeatAt_idx" ON "IngestRun"("status", "heartbeatAt");
