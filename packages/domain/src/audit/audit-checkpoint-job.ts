import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import { SYSTEM_ACTOR } from "./audit-log.ts";
import { createCheckpoint } from "./audit-checkpoints.ts";

export const auditCheckpointJob = defineJob("audit.checkpoint", z.object({}));

/** Hourly, on the hour (UTC): often enough that a rewrite has little unwitnessed history to hide in. */
export const AUDIT_CHECKPOINT_CRON = "0 * * * *";

/** Works and schedules the periodic signed checkpoint; pg-boss sends each tick once across instances. */
export async function startAuditCheckpoints(
  jobs: JobQueue,
  db: Db,
  signingKeyPem: string | undefined,
  cron = AUDIT_CHECKPOINT_CRON,
): Promise<void> {
  await jobs.work(auditCheckpointJob, async () => {
    await createCheckpoint(db, { ...SYSTEM_ACTOR, name: "schedule" }, { signingKeyPem, skipIfUnchanged: true });
  });
  await jobs.schedule(auditCheckpointJob, cron, {});
}
