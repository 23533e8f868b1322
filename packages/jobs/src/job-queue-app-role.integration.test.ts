import { grantApplicationRole, inspectConnectionRole } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, JobQueue } from "./job-queue.ts";

const database = useTestDatabase();
const installedJob = defineJob("app-role-installed", z.object({ n: z.number().int() }));
const scheduledJob = defineJob("app-role-scheduled", z.object({}));
let queue: JobQueue | undefined;

beforeAll(async () => {
  // As the server starts: the owner installs pg-boss and the queues, then grants the application role.
  await JobQueue.install(database.url, [installedJob, scheduledJob]);
  await grantApplicationRole(database.url, (await inspectConnectionRole(database.appUrl)).role);
  queue = await JobQueue.start(database.appUrl, { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => queue?.stop());

describe("[JOBS][ROLES] pg-boss run by an application role that does not own its schema", () => {
  it("sends, works and schedules jobs on the queues the owner installed", async () => {
    if (!queue) throw new Error("queue not started");
    const seen: number[] = [];
    await queue.work(installedJob, async ({ n }) => void seen.push(n));
    await queue.schedule(scheduledJob, "0 * * * *", {});
    for (let n = 0; n < 3; n++) await queue.send(installedJob, { n });
    for (let attempt = 0; attempt < 200 && seen.length < 3; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it("runs pg-boss's maintenance (expire, archive, drop)", async () => {
    const boss = new PgBoss({ connectionString: database.appUrl, max: 1, supervise: false, schedule: false });
    await boss.start();
    try {
      await boss.maintain(); // rejects with "permission denied" when a grant is missing
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  it("cannot create a queue itself (pg-boss's partitions belong to the owner) nor alter pg-boss's tables", async () => {
    if (!queue) throw new Error("queue not started");
    await expect(queue.send(defineJob("app-role-unlisted", z.object({})), {})).rejects.toThrow(
      /permission denied for schema pgboss/,
    );
    const app = new pg.Client({ connectionString: database.appUrl });
    await app.connect();
    try {
      await expect(app.query("ALTER TABLE pgboss.job DISABLE TRIGGER ALL")).rejects.toThrow(/must be owner/);
      await expect(app.query("DROP TABLE pgboss.archive")).rejects.toThrow(/must be owner/);
    } finally {
      await app.end();
    }
  });
});
