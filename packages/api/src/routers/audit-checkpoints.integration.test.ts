import { TRPCError } from "@trpc/server";
import { JobQueue } from "@tekser/jobs";
import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";
import { auditCheckpointJob, startAuditCheckpoints } from "@tekser/domain/audit/audit-checkpoint-job.ts";
import { verifyCheckpointSignature } from "@tekser/domain/audit/audit-checkpoints.ts";
import { activeSigningKey, publicKeySet } from "@tekser/domain/publish/signing-keys.ts";

const database = useTestDatabase();

describe("[AUDIT][CHECKPOINT] signed checkpoints of the chain head", () => {
  it("signs the head on demand, audits it, and verification checks the chain still contains it", async () => {
    const { db } = database;
    const auditor = await loggedIn(db, "auditor");
    const reviewer = await loggedIn(db, "reviewer");
    await activeSigningKey(db); // as the server does at start; creating the key is itself an event
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });

    const checkpoint = await auditor.caller.audit.createCheckpoint({});
    expect(checkpoint).toMatchObject({ seq: head.seq.toString(), headHash: head.hash, count: head.seq.toString() });
    expect(verifyCheckpointSignature(checkpoint, await publicKeySet(db))).toMatchObject({ valid: true });
    expect(verifyCheckpointSignature({ ...checkpoint, count: "1" }, await publicKeySet(db))).toMatchObject({
      valid: false,
      reason: "mismatch",
    });

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.checkpoint" },
      select: { seq: true, actorName: true, subjectId: true },
    });
    expect(event).toMatchObject({ seq: head.seq + 1n, actorName: auditor.user.username, subjectId: checkpoint.seq });
    expect(await auditor.caller.audit.checkpoints({})).toEqual([checkpoint]);
    expect(await auditor.caller.audit.verify({})).toMatchObject({
      ok: true,
      checkpoint: { seq: checkpoint.seq, matched: true },
    });

    await expect(db.$executeRawUnsafe(`UPDATE "AuditCheckpoint" SET "headHash" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(reviewer.caller.audit.createCheckpoint({})).rejects.toSatisfy(
      (error) => error instanceof TRPCError && error.code === "FORBIDDEN",
    );
    await expect(reviewer.caller.audit.verify({})).rejects.toSatisfy(
      (error) => error instanceof TRPCError && error.code === "FORBIDDEN",
    );
  });

  it("the scheduled job signs new history and skips a log with nothing new since the last checkpoint", async () => {
    const { db, url } = database;
    const jobs = await JobQueue.start(url, { pollingIntervalSeconds: 0.5 });
    try {
      await startAuditCheckpoints(jobs, db, undefined);
      const before = await db.auditCheckpoint.count();
      const runJob = async () => {
        const id = await jobs.send(auditCheckpointJob, {});
        if (!id) throw new Error("job not queued");
        for (let i = 0; i < 100 && (await jobs.jobState(auditCheckpointJob, id)) !== "completed"; i++)
          await new Promise((resolve) => setTimeout(resolve, 100));
      };
      await loggedIn(db, "editor"); // new events since the first test's checkpoint
      await runJob();
      expect(await db.auditCheckpoint.count()).toBe(before + 1);
      const scheduled = await db.auditCheckpoint.findFirstOrThrow({
        orderBy: { seq: "desc" },
        select: { trigger: true },
      });
      expect(scheduled.trigger).toBe("schedule");
      await runJob();
      expect(await db.auditCheckpoint.count()).toBe(before + 1);
    } finally {
      await jobs.stop();
    }
  });
});
