import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import { markInterruptedRuns, RUN_SILENT_FOR_MS } from "./ingest-run-liveness.ts";

/** Every minute one worker marks the runs whose process went silent (singleton across instances). */
export const sweepInterruptedRunsJob = defineJob("ingest.mark-interrupted", z.object({}), {
  policy: "singleton",
  retryLimit: 0,
});

export async function startInterruptedRunSweep(
  jobs: JobQueue,
  db: Db,
  log: (message: string) => void = () => {},
): Promise<void> {
  await jobs.work(sweepInterruptedRunsJob, async () => {
    const marked = await markInterruptedRuns(db, { silentForMs: RUN_SILENT_FOR_MS });
    if (marked.length > 0)
      log(`marked ${marked.length} ingest run(s) interrupted: their process stopped before finishing`);
  });
  await jobs.schedule(sweepInterruptedRunsJob, "* * * * *", {});
}
