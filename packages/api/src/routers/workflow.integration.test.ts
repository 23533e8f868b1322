import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";

async function newClaim(db: Db, title = "Алматыда жер сілкінісі болады деген хабар") {
  return db.claim.create({ data: { title, lang: "kk", firstSeenAt: new Date() }, select: { id: true } });
}

const evidence = [{ url: "https://seismology.kz/", note: "Official bulletin" }];

async function actions(db: Db, subjectId: string) {
  const rows = await db.auditEvent.findMany({
    where: { subjectId },
    orderBy: { seq: "asc" },
    select: { action: true, reason: true },
  });
  return rows;
}

describe("[REVIEW][WORKFLOW] assignment, locks, priority, bulk, close, reopen", () => {
  const database = useTestDatabase();

  it("assigns, assigns to me, unassigns and audits each step", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer");
    const dana = await loggedIn(db, "reviewer");
    const auditor = await loggedIn(db, "auditor");
    const { id } = await newClaim(db);

    const assigned = await aigerim.caller.workflow.assign({ claimId: id, assigneeId: dana.user.id });
    expect(assigned).toMatchObject({ status: "in_review", assignee: { id: dana.user.id }, revision: 1 });
    expect(await aigerim.caller.workflow.assignToMe({ claimId: id })).toMatchObject({
      assignee: { id: aigerim.user.id },
    });
    expect((await aigerim.caller.workflow.unassign({ claimId: id })).assignee).toBeNull();

    expect(await refusal(auditor.caller.workflow.assignToMe({ claimId: id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(aigerim.caller.workflow.assign({ claimId: id, assigneeId: auditor.user.id }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await actions(db, id)).map((row) => row.action)).toEqual([
      "claim.assign",
      "claim.assign",
      "claim.unassign",
    ]);
  });

  it("shows a soft lock to colleagues, refuses their verdict, and lets them take it over explicitly", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer");
    const dana = await loggedIn(db, "reviewer");
    const { id } = await newClaim(db);

    const locked = await aigerim.caller.workflow.lock({ claimId: id });
    expect(locked.lock).toMatchObject({ holder: { id: aigerim.user.id } });
    expect((await dana.caller.workflow.state({ claimId: id })).lock?.holder.username).toBe(aigerim.user.username);
    expect(await refusal(dana.caller.workflow.lock({ claimId: id }))).toMatchObject({
      code: "CONFLICT",
      appCode: "LOCKED",
    });
    const refusedVerdict = await refusal(
      dana.caller.review.setVerdict({
        claimId: id,
        revision: locked.revision,
        verdict: "fake",
        rationale: "No such bulletin",
        evidence,
      }),
    );
    expect(refusedVerdict).toMatchObject({ code: "CONFLICT", appCode: "LOCKED" });
    expect(refusedVerdict.message).toContain(aigerim.user.displayName);

    // Aigerim opened the claim at this revision; Dana takes the lock over, so Aigerim's save is stale.
    const taken = await dana.caller.workflow.lock({ claimId: id, takeOver: true });
    expect(taken.lock?.holder.id).toBe(dana.user.id);
    const stale = await refusal(
      aigerim.caller.review.setVerdict({
        claimId: id,
        revision: locked.revision,
        verdict: "verified",
        rationale: "Seen it",
        evidence,
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", appCode: "STALE_WRITE" });
    expect(stale.message).toMatch(/changed this claim since you opened it/);

    await dana.caller.workflow.unlock({ claimId: id });
    expect((await aigerim.caller.workflow.state({ claimId: id })).lock).toBeNull();
    expect((await actions(db, id)).map((row) => row.action)).toEqual([
      "claim.lock",
      "claim.lockTakeOver",
      "claim.unlock",
    ]);
  });

  it("treats an expired lock as free", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer");
    const dana = await loggedIn(db, "reviewer");
    const { id } = await newClaim(db);
    await aigerim.caller.workflow.lock({ claimId: id });
    await db.claim.update({ where: { id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await dana.caller.workflow.state({ claimId: id })).lock).toBeNull();
    expect((await dana.caller.workflow.lock({ claimId: id })).lock?.holder.id).toBe(dana.user.id);
  });

  it("applies bulk assign, priority and close to every selected claim, all or nothing", async () => {
    const { db } = database;
    const editor = await loggedIn(db, "editor");
    const reviewer = await loggedIn(db, "reviewer");
    const claims = await Promise.all([newClaim(db, "a"), newClaim(db, "b"), newClaim(db, "c")]);
    const claimIds = claims.map((claim) => claim.id);

    expect(
      await editor.caller.workflow.bulk({ claimIds, action: { type: "assign", assigneeId: reviewer.user.id } }),
    ).toEqual({ changed: 3 });
    await editor.caller.workflow.bulk({ claimIds, action: { type: "priority", priority: 1 } });
    const rows = await db.claim.findMany({
      where: { id: { in: claimIds } },
      select: { assigneeId: true, priority: true, status: true },
    });
    expect(
      rows.every((row) => row.assigneeId === reviewer.user.id && row.priority === 1 && row.status === "in_review"),
    ).toBe(true);

    // One claim is already decided: closing the batch is refused and none of them closes.
    await db.claim.update({ where: { id: claimIds[2]! }, data: { status: "decided" } });
    expect(
      await refusal(
        editor.caller.workflow.bulk({ claimIds, action: { type: "close", reason: "duplicate", note: "Same as #12" } }),
      ),
    ).toMatchObject({ appCode: "INVALID_TRANSITION" });
    expect(await db.claim.count({ where: { status: "closed" } })).toBe(0);

    await editor.caller.workflow.bulk({
      claimIds: claimIds.slice(0, 2),
      action: { type: "close", reason: "not_a_claim", note: "An opinion, not a fact" },
    });
    expect(await db.claim.count({ where: { status: "closed", closeReason: "not_a_claim" } })).toBe(2);
    expect(await actions(db, claimIds[0]!)).toContainEqual({ action: "claim.close", reason: "An opinion, not a fact" });
    expect(
      await refusal(editor.caller.workflow.bulk({ claimIds, action: { type: "priority", priority: 9 } })),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("closes one claim as a duplicate with a reason and reopens it", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const original = await newClaim(db, "original");
    const { id } = await newClaim(db, "copy");
    expect(await refusal(reviewer.caller.workflow.close({ claimId: id, reason: "duplicate", note: "" }))).toMatchObject(
      { code: "BAD_REQUEST" },
    );
    const closed = await reviewer.caller.workflow.close({
      claimId: id,
      revision: 0,
      reason: "duplicate",
      note: "Same quote",
      duplicateOfId: original.id,
    });
    expect(closed).toMatchObject({ status: "closed", closeReason: `duplicate:${original.id}` });
    expect(await refusal(reviewer.caller.workflow.reopen({ claimId: id, revision: 0, reason: "x" }))).toMatchObject({
      appCode: "STALE_WRITE",
    });
    const reopened = await reviewer.caller.workflow.reopen({
      claimId: id,
      revision: closed.revision,
      reason: "It is a different quote",
    });
    expect(reopened).toMatchObject({ status: "reopened", closeReason: null });
    expect(await refusal(reviewer.caller.workflow.reopen({ claimId: id, reason: "again" }))).toMatchObject({
      appCode: "INVALID_TRANSITION",
    });
    expect((await actions(db, id)).map((row) => row.reason)).toEqual(["Same quote", "It is a different quote"]);
  });
});
