import { useTestDatabase } from "@tekser/db/vitest";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, JobQueue } from "./job-queue.ts";

const database = useTestDatabase();
let queue: JobQueue | undefined;
afterAll(async () => queue?.stop());

const payload = z.object({ n: z.number().int() });
/** The queue as an earlier version created it: pg-boss's default 15-minute expiry. */
const before = defineJob("test-expiring", payload);
const now = defineJob("test-expiring", payload, { retryLimit: 2, expireInSeconds: 60 });

/** Moves a job's start back, as if its worker had held it that long. */
async function startedAgo(jobId: string, seconds: number): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`UPDATE pgboss.job SET started_on = started_on - make_interval(secs => $2) WHERE id = $1`, [
      jobId,
      seconds,
    ]);
  } finally {
    await client.end();
  }
}

describe("[JOBS][FAULTS] a job whose worker died", () => {
  it("is handed out again once its queue's expiry (now a minute, also on a queue made before) has passed", async () => {
    await JobQueue.install(database.url, [before]);
    await JobQueue.install(database.url, [now]);
    queue = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    const jobId = await queue.send(now, { n: 1 });
    if (!jobId) throw new Error("job not queued");

    // A worker takes the job and dies without finishing it (kill -9: nothing is reported).
    const crashed = new PgBoss({ connectionString: database.url, max: 1, supervise: false, schedule: false });
    await crashed.start();
    expect(await crashed.fetch(now.name)).toMatchObject([{ id: jobId }]);
    await crashed.stop({ graceful: false, wait: true });

    // Seventy seconds later pg-boss's maintenance finds it expired and queues it for a retry.
    await startedAgo(jobId, 70);
    const maintainer = new PgBoss({ connectionString: database.url, max: 1, supervise: false, schedule: false });
    await maintainer.start();
    await maintainer.maintain();
    await maintainer.stop({ graceful: false, wait: true });

    const seen: number[] = [];
    await queue.work(now, async ({ n }) => void seen.push(n));
    for (let attempt = 0; attempt < 200 && seen.length === 0; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([1]);
  });
});
