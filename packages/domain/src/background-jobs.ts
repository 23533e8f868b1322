import type { JobDefinition } from "@tekser/jobs";
import { archiveEvidenceJob } from "./publish/evidence-archive.ts";
import { pollSourcesJob } from "./ingest/source-poll-job.ts";
import { sweepInterruptedRunsJob } from "./ingest/ingest-run-sweep-job.ts";
import { answerTipJob } from "./tipline/tip-answers.ts";
import { pollTelegramJob } from "./tipline/tipline-worker.ts";
import { deliverWebhookJob } from "./publish/webhooks/delivery-job.ts";
import { auditCheckpointJob } from "./audit/audit-checkpoint-job.ts";
import { deliverNotificationJob } from "./notifications/notification-delivery.ts";
import { dispatchNotificationsJob } from "./notifications/notification-dispatch.ts";
import { mediaSweepJob } from "./media/media-job.ts";

/**
 * Every queue the server works or sends to. The owner creates them at start (JobQueue.install):
 * the application role may use a queue but not create one.
 */
export const BACKGROUND_JOBS: readonly JobDefinition<object>[] = [
  auditCheckpointJob,
  archiveEvidenceJob,
  pollSourcesJob,
  deliverWebhookJob,
  pollTelegramJob,
  answerTipJob,
  dispatchNotificationsJob,
  deliverNotificationJob,
  sweepInterruptedRunsJob,
  mediaSweepJob,
];
