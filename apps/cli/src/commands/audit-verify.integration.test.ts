import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createCheckpoint } from "@tekser/domain/audit/audit-checkpoints.ts";
import { recordAudit, SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { auditEventBatches } from "@tekser/domain/audit/audit-verify.ts";
import { publicKeySet } from "@tekser/domain/publish/signing-keys.ts";
import { exportEventLine, exportHeaderLine } from "@tekser/audit";
import { useTestDatabase } from "@tekser/db/vitest";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;
const database = useTestDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-audit-verify-"));

/** Runs `tekser audit verify … --json` as a separate process, the way an outside auditor would. */
async function auditVerify(...args: string[]) {
  const result = await run(process.execPath, ["--import", "tsx", cliMain, "audit", "verify", "--json", ...args], {
    env: { ...process.env, DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.url },
  }).then(
    ({ stdout }) => ({ exitCode: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ exitCode: error.code, stdout: error.stdout }),
  );
  return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as Record<string, unknown> };
}

async function writeExport(name: string, complete: boolean): Promise<string> {
  let text = exportHeaderLine({ complete, filters: {}, exportedAt: new Date().toISOString() });
  for await (const batch of auditEventBatches(database.db))
    text += batch
      .filter((event) => complete || Number(event.seq) % 2 === 0)
      .map(exportEventLine)
      .join("");
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("[AUDIT][CLI] tekser audit verify", () => {
  beforeAll(async () => {
    for (let i = 1; i <= 6; i++) {
      await database.db.$transaction((tx) =>
        recordAudit(tx, SYSTEM_ACTOR, {
          action: "comment.add" as const,
          subjectType: "claim" as const,
          subjectId: `c${i}`,
          after: { step: i },
        }),
      );
    }
  });

  it("verifies the database and an export offline; an edited export fails at the edited event", async () => {
    expect(await auditVerify()).toMatchObject({
      exitCode: 0,
      report: { ok: true, checked: 6, source: "database", head: { seq: "6" } },
    });

    const complete = await writeExport("complete.jsonl", true);
    expect(await auditVerify("--file", complete)).toMatchObject({
      exitCode: 0,
      report: { ok: true, checked: 6, complete: true },
    });
    const filtered = await writeExport("filtered.jsonl", false);
    expect(await auditVerify("--file", filtered)).toMatchObject({ exitCode: 0, report: { ok: true, checked: 3 } });

    writeFileSync(complete, readFileSync(complete, "utf8").replace('"step":4', '"step":40'));
    expect(await auditVerify("--file", complete)).toMatchObject({
      exitCode: 1,
      report: { ok: false, firstBreak: { seq: "4", problem: "altered" } },
    });
    expect(await auditVerify("--file", path.join(dir, "missing.jsonl"))).toMatchObject({
      exitCode: 2,
      report: { unreadable: { message: "No such file or directory" } },
    });
  });

  it("checks an export against a saved, signed checkpoint; a forged checkpoint is refused", async () => {
    const { checkpoint } = await createCheckpoint(database.db, SYSTEM_ACTOR);
    const checkpointFile = path.join(dir, "checkpoint.json");
    const keysFile = path.join(dir, "jwks.json");
    writeFileSync(checkpointFile, JSON.stringify(checkpoint));
    writeFileSync(keysFile, JSON.stringify(await publicKeySet(database.db)));
    const complete = await writeExport("with-checkpoint.jsonl", true);
    expect(await auditVerify("--file", complete, "--checkpoint", checkpointFile, "--keys", keysFile)).toMatchObject({
      exitCode: 0,
      report: { ok: true, checkpoint: { seq: checkpoint?.seq, matched: true } },
    });
    writeFileSync(checkpointFile, JSON.stringify({ ...checkpoint, count: "999" }));
    expect(await auditVerify("--file", complete, "--checkpoint", checkpointFile, "--keys", keysFile)).toMatchObject({
      exitCode: 2,
      report: { unreadable: { message: expect.stringMatching(/signature does not verify/) as string } },
    });
  });

  it("exits 1 and names the event when the stored chain was tampered with", async () => {
    await database.db.$transaction([
      database.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`),
      database.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorName" = 'someone' WHERE seq = 2`),
      database.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`),
    ]);
    const { exitCode, report } = await auditVerify();
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({
      ok: false,
      checked: 2,
      firstBreak: { seq: "2", problem: "altered", message: expect.stringMatching(/event 2 was altered/) as string },
    });
  });
});
