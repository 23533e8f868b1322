import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { pollDueSources } from "./source-poll.ts";

/**
 * Every minute one worker polls the due sources. The singleton policy keeps a single poll run
 * active across server processes; each fetch is also claimed row by row (see pollSource).
 */
export const pollSourcesJob = defineJob("sources.poll-due", z.object({}), { policy: "singleton", retryLimit: 0 });

export async function startSourcePolling(
  jobs: JobQueue,
  db: Db,
  outbound: OutboundPolicy,
  log: (message: string) => void = () => {},
): Promise<void> {
  await jobs.work(pollSourcesJob, async () => {
    const results = await pollDueSources(db, outbound);
    for (const failed of results.filter((r) => r.outcome === "failed"))
      log(`source ${failed.sourceId}: ${failed.error}`);
  });
  await jobs.schedule(pollSourcesJob, "* * * * *", {});
}
