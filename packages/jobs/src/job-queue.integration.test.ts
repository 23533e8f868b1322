import { useTestDatabase } from "@tekser/db/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, JobQueue } from "./job-queue.ts";

const database = useTestDatabase();
const queues: JobQueue[] = [];
afterAll(async () => {
  await Promise.all(queues.map((queue) => queue.stop()));
});

async function startQueue(): Promise<JobQueue> {
  const queue = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
  queues.push(queue);
  return queue;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const countJob = defineJob("test-count", z.object({ n: z.number().int() }));

describe("JobQueue on PostgreSQL", () => {
  it("hands each job to exactly one of two workers on the same database", async () => {
    const [first, second] = [await startQueue(), await startQueue()];
    const seen: Array<{ n: number; worker: string }> = [];
    await first.work(countJob, async ({ n }) => void seen.push({ n, worker: "first" }));
    await second.work(countJob, async ({ n }) => void seen.push({ n, worker: "second" }));
    const ids: Array<string | null> = [];
    for (let n = 0; n < 20; n++) ids.push(await first.send(countJob, { n }));
    await waitFor(() => seen.length >= 20, "20 jobs");
    // A completed job is never handed out again: once all 20 are, `seen` is final.
    for (let attempt = 0; attempt < 100; attempt++) {
      const states = await Promise.all(ids.map((id) => (id ? first.jobState(countJob, id) : Promise.resolve(null))));
      if (states.every((state) => state === "completed")) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen.map(({ n }) => n).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it("lets instances starting together register the same new queues", async () => {
    const [first, second] = [await startQueue(), await startQueue()];
    const jobs = Array.from({ length: 8 }, (_, i) => defineJob(`test-race-${i}`, z.object({})));
    await Promise.all(jobs.flatMap((job) => [first.register(job), second.register(job)]));
    for (const job of jobs) expect(await first.send(job, {})).toEqual(expect.any(String));
  });

  it("refuses a payload that does not match the job's schema, naming the field", async () => {
    const queue = await startQueue();
    await expect(queue.send(countJob, { n: "one" } as unknown as { n: number })).rejects.toThrow(/n/);
  });

  it("queues a job only once per singleton key on a 'short' queue", async () => {
    const queue = await startQueue();
    const pollJob = defineJob("test-singleton", z.object({ sourceId: z.string() }), { policy: "short" });
    const first = await queue.send(pollJob, { sourceId: "s1" }, { singletonKey: "s1" });
    const again = await queue.send(pollJob, { sourceId: "s1" }, { singletonKey: "s1" });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
  });

  it("queues a job inside a transaction only when the transaction commits", async () => {
    const queue = await startQueue();
    const txJob = defineJob("test-transactional", z.object({ label: z.string() }));
    const committed = await database.db.$transaction((tx) => queue.send(txJob, { label: "kept" }, { transaction: tx }));
    const rolledBack = await database.db
      .$transaction(async (tx) => {
        const id = await queue.send(txJob, { label: "dropped" }, { transaction: tx });
        throw Object.assign(new Error("roll back"), { id });
      })
      .catch((error: Error & { id: string }) => error.id);
    expect(await queue.jobState(txJob, committed!)).toBe("created");
    expect(rolledBack).toEqual(expect.any(String));
    expect(await queue.jobState(txJob, rolledBack)).toBeNull();
  });

  it("retries a failing job with the queue's retry policy", async () => {
    const queue = await startQueue();
    const flaky = defineJob("test-flaky", z.object({}), { retryLimit: 2, retryDelay: 1 });
    let attempts = 0;
    await queue.work(flaky, async () => {
      attempts++;
      if (attempts < 2) throw new Error("temporary failure");
    });
    const id = await queue.send(flaky, {});
    await waitFor(() => attempts >= 2, "the retry");
    for (let i = 0; i < 50 && (await queue.jobState(flaky, id!)) !== "completed"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await queue.jobState(flaky, id!)).toBe("completed");
  });
});
