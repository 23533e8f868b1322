import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { keepRunAlive, markInterruptedRuns } from "@tekser/domain/ingest/ingest-run-liveness.ts";

const post = (id: number, text: string): IngestInput => ({
  name: `${id}.json`,
  bytes: new TextEncoder().encode(
    JSON.stringify({
      update_id: id,
      channel_post: { message_id: id, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text },
    }),
  ),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("[INGEST][RUNS] a run that does not finish is marked interrupted, with what it stored", () => {
  const database = useTestDatabase();

  it("marks a finished run finished, and a run stopped by a failure interrupted at once, with its stored items and an audit event", async () => {
    const { db } = database;
    const done = await ingestInputs(db, SYSTEM_ACTOR, "cli", [post(9001, "Ақтөбеде жаңа аурухана ашылды.")]);
    expect(await db.ingestRun.findUniqueOrThrow({ where: { id: done.runId } })).toMatchObject({
      status: "finished",
      accepted: 1,
    });

    // The inputs stop with an error part way (a directory that became unreadable).
    async function* inputsThatFail() {
      for (let id = 1; id <= 250; id++)
        yield post(10_000 + id, `Шымкентте ${id}-ші су құбыры жөнделді, деп хабарлады әкімдік.`);
      throw new Error("EIO: the disk went away");
    }
    await expect(ingestInputs(db, SYSTEM_ACTOR, "cli", inputsThatFail())).rejects.toThrow(/EIO/);
    const stopped = await db.ingestRun.findFirstOrThrow({
      where: { id: { not: done.runId } },
      orderBy: { startedAt: "desc" },
    });
    const stored = await db.item.count({ where: { rawDocument: { runId: stopped.id } } });
    expect(stored).toBeGreaterThan(0);
    expect(stopped).toMatchObject({ status: "interrupted", accepted: stored, rejected: 0 });
    expect(stopped.finishedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({
      where: { action: "ingest.interrupted", subjectId: stopped.id },
      select: { after: true },
    });
    expect(events).toEqual([{ after: { route: "cli", accepted: stored, rejected: 0 } }]);
  });

  it("leaves a run whose process still beats, and marks it once its process has been silent", async () => {
    const { db } = database;
    const run = await db.ingestRun.create({ data: { route: "dashboard" }, select: { id: true, heartbeatAt: true } });
    const stopBeating = keepRunAlive(db, run.id, 20);
    let beating = await db.ingestRun.findUniqueOrThrow({ where: { id: run.id } });
    for (let attempt = 0; attempt < 100 && beating.heartbeatAt.getTime() <= run.heartbeatAt.getTime(); attempt++) {
      await sleep(20);
      beating = await db.ingestRun.findUniqueOrThrow({ where: { id: run.id } });
    }
    expect(beating.heartbeatAt.getTime()).toBeGreaterThan(run.heartbeatAt.getTime());
    expect(await markInterruptedRuns(db, { silentForMs: 60_000 })).toEqual([]);

    // The process dies: the beats stop, and a sweep after the silence marks the run, once.
    stopBeating();
    await sleep(100);
    expect(await markInterruptedRuns(db, { silentForMs: 50 })).toEqual([run.id]);
    expect(await markInterruptedRuns(db, { silentForMs: 50 })).toEqual([]);
    expect(await db.ingestRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: "interrupted",
      accepted: 0,
    });
  });
});
