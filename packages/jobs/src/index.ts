export {
  defineJob,
  JobQueue,
  type JobDefinition,
  type StartJobQueueOptions,
  type TransactionalSql,
} from "./job-queue.ts";
