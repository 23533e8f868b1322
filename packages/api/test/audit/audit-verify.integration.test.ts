import { describeBreak, hashEvent, type ChainReport } from "@tekser/audit";
import type { Tx } from "@tekser/db";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { recordAudit, recordAudits, SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { toStoredEvent, chainEventSelect, verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";

const database = useTestDatabase();

class RolledBack extends Error {}

/**
 * Tampers as the table owner would (triggers disabled, changes in plain SQL), verifies, and rolls
 * everything back so each case starts from the intact chain.
 */
async function verifyAfterTampering(
  tamper: (tx: Tx) => Promise<void>,
  checkpoint?: { seq: string; hash: string },
): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await database.db
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
        await tamper(tx);
        report = await verifyStoredChain(tx, { checkpoint: checkpoint ?? null, batchSize: 4 });
        throw new RolledBack();
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  if (!report) throw new Error("verification did not run");
  return report;
}

async function storedEvent(tx: Tx, seq: number) {
  return toStoredEvent(
    await tx.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(seq) }, select: chainEventSelect }),
  );
}

describe("[AUDIT][TAMPER] the stored chain is append-only and verifiable", () => {
  const step = (i: number) => ({
    action: "comment.add" as const,
    subjectType: "claim" as const,
    subjectId: `c${i}`,
    after: { step: i },
    reason: `step ${i}`,
  });

  beforeAll(async () => {
    // Four single appends, then six in one batch (as ingest records a group's documents).
    for (let i = 1; i <= 4; i++) await database.db.$transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, step(i)));
    await database.db.$transaction((tx) => recordAudits(tx, SYSTEM_ACTOR, [5, 6, 7, 8, 9, 10].map(step)));
  });

  it("stores a batch as single appends would: in order, linked, an absent before as NULL", async () => {
    const rows = await database.db.$queryRaw<{ seq: bigint; subjectId: string; before: unknown; after: unknown }[]>`
      SELECT seq, "subjectId", before, after FROM "AuditEvent" ORDER BY seq`;
    expect(rows.map((row) => [Number(row.seq), row.subjectId, row.before, row.after])).toEqual(
      Array.from({ length: 10 }, (_, n) => [n + 1, `c${n + 1}`, null, { step: n + 1 }]),
    );
  });

  it("verifies the untouched chain in batches", async () => {
    const report = await verifyStoredChain(database.db, { batchSize: 3 });
    expect(report).toMatchObject({ ok: true, checked: 10, firstBreak: null, head: { seq: "10" } });
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit events", async () => {
    const { db } = database;
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET reason = 'x' WHERE seq = 3`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE seq = 3`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(10);
  });

  it("keeps a non-owner application role from changing events or switching the guard off", async () => {
    const role = `tekser_app_${Math.random().toString(36).slice(2, 10)}`;
    const password = "app-role-password";
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "AuditEvent" TO ${role}`);
    const url = new URL(database.url);
    url.username = role;
    url.password = password;
    const app = new pg.Client({ connectionString: url.toString() });
    await app.connect();
    try {
      await expect(app.query(`UPDATE "AuditEvent" SET reason = 'x' WHERE seq = 2`)).rejects.toThrow(/append-only/);
      await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).rejects.toThrow(
        /must be owner/,
      );
      await expect(app.query(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`DROP FUNCTION tekser_refuse_audit_change() CASCADE`)).rejects.toThrow(/must be owner/);
      expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0]).toEqual({ n: 10 });
    } finally {
      await app.end();
      await owner.query(`REVOKE ALL ON "AuditEvent" FROM ${role}`);
      await owner.query(`DROP ROLE ${role}`);
      await owner.end();
    }
  });

  it("locates altered content", async () => {
    const report = await verifyAfterTampering((tx) =>
      tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET reason = 'softened' WHERE seq = 6`).then(() => undefined),
    );
    expect(report).toMatchObject({ ok: false, checked: 6, firstBreak: { seq: "6", problem: "altered" } });
    expect(describeBreak(report.firstBreak!)).toMatch(/event 6 was altered/);
  });

  it("locates a missing event", async () => {
    const report = await verifyAfterTampering((tx) =>
      tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE seq = 4`).then(() => undefined),
    );
    expect(report.firstBreak).toEqual({ seq: "5", problem: "missing", expectedSeq: "4" });
  });

  it("locates a reordered event whose own hash was recomputed", async () => {
    const report = await verifyAfterTampering(async (tx) => {
      // Swap events 7 and 8: each keeps its content and link but takes the other's place, re-hashed.
      const [seventh, eighth] = [await storedEvent(tx, 7), await storedEvent(tx, 8)];
      await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE seq IN (7, 8)`);
      for (const [event, seq] of [
        [eighth, "7"],
        [seventh, "8"],
      ] as const) {
        const moved = { ...event, seq };
        await tx.$executeRaw`INSERT INTO "AuditEvent" (seq, at, "actorName", action, "subjectType", "subjectId", after, reason, "prevHash", hash)
          VALUES (${BigInt(seq)}, ${new Date(moved.at)}, ${moved.actorName}, ${moved.action}, ${moved.subjectType}, ${moved.subjectId},
                  ${JSON.stringify(moved.after)}::jsonb, ${moved.reason}, ${moved.prevHash}, ${hashEvent(moved)})`;
      }
    });
    expect(report.firstBreak).toMatchObject({ seq: "7", problem: "reordered" });
  });

  it("locates a history that disagrees with a checkpoint: tail cut off, or rewritten consistently", async () => {
    const intact = await verifyStoredChain(database.db);
    const checkpoint = { seq: "9", hash: (await storedEvent(database.db, 9)).hash };
    expect(await verifyStoredChain(database.db, { checkpoint })).toMatchObject({
      ok: true,
      checkpointMatched: true,
      head: intact.head,
    });

    const cut = await verifyAfterTampering(
      (tx) => tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE seq >= 9`).then(() => undefined),
      checkpoint,
    );
    expect(cut.firstBreak).toMatchObject({ seq: "9", problem: "head-mismatch", storedHash: null });

    const rewritten = await verifyAfterTampering(async (tx) => {
      // Re-write event 8 and re-hash it and everything after it: the chain alone looks intact.
      let prevHash = (await storedEvent(tx, 7)).hash;
      for (let seq = 8; seq <= 10; seq++) {
        const event = { ...(await storedEvent(tx, seq)), prevHash };
        if (seq === 8) event.reason = "rewritten";
        const hash = hashEvent(event);
        await tx.$executeRaw`UPDATE "AuditEvent" SET reason = ${event.reason}, "prevHash" = ${prevHash}, hash = ${hash} WHERE seq = ${BigInt(seq)}`;
        prevHash = hash;
      }
    }, checkpoint);
    expect(rewritten.firstBreak).toMatchObject({ seq: "9", problem: "head-mismatch", checkpointHash: checkpoint.hash });
  });
});

describe("[AUDIT][CONCURRENCY] concurrent appends", () => {
  it("serialise into one unbroken chain", async () => {
    const before = await database.db.auditEvent.count();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        database.db.$transaction((tx) =>
          recordAudit(tx, SYSTEM_ACTOR, { action: "comment.add", subjectType: "claim", subjectId: `k${i}` }),
        ),
      ),
    );
    expect(await verifyStoredChain(database.db)).toMatchObject({ ok: true, checked: before + 12 });
  });
});
