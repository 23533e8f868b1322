import { verifyExportLines } from "@tekser/audit";
import { beforeAll, describe, expect, it } from "vitest";
import { publishSeedClaim } from "../../test/claim-flow.ts";
import { auditActionsOfStage } from "@tekser/contracts";
import { callerFor, loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";
import { auditExportChunks } from "@tekser/domain/audit/audit-export.ts";

const database = useTestDatabase();

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("[AUDIT][EXPLORE] filters, claim timeline and streamed export", () => {
  let flow: Awaited<ReturnType<typeof publishSeedClaim>>;
  let auditor: Awaited<ReturnType<typeof loggedIn>>;
  beforeAll(async () => {
    flow = await publishSeedClaim(database.db);
    auditor = await loggedIn(database.db, "auditor");
  });

  it("filters by one action exactly, by every action of a stage, or by the beginning of codes", async () => {
    await refusal(
      callerFor(database.db, null).caller.auth.login({
        username: flow.reviewer.user.username,
        password: "not the password",
      }),
    );
    const actionsOf = async (action: string) =>
      new Set((await auditor.caller.audit.list({ perPage: 200, filters: { action } })).rows.map((row) => row.action));

    expect(await actionsOf("auth.login")).toEqual(new Set(["auth.login"]));
    expect(await actionsOf("auth.loginFailed")).toEqual(new Set(["auth.loginFailed"]));
    const review = await actionsOf("review");
    expect(review).toContain("review.submit");
    expect(review).toContain("review.approve");
    expect([...review].filter((action) => !(auditActionsOfStage("review") as string[]).includes(action))).toEqual([]);
    expect(await actionsOf("auth.")).toEqual(new Set(["auth.login", "auth.loginFailed"]));
  });

  it("lists each event with the fields it changed, for the log's one-line diff", async () => {
    const [approval] = (await auditor.caller.audit.list({ filters: { action: "review.approve" } })).rows;
    expect(approval?.changes).toEqual([
      { field: "status", before: "awaiting_second_review", after: "decided" },
      { field: "verdict", after: expect.any(String) },
      { field: "reviewId", after: expect.any(String) },
    ]);
  });

  it("filters by role, actor, claim and date range on the server", async () => {
    const byRole = await auditor.caller.audit.list({ perPage: 200, filters: { role: "editor" } });
    expect(byRole.rows.map((row) => row.action).sort()).toEqual(["auth.login", "notice.publish", "review.approve"]);
    const system = await auditor.caller.audit.list({ perPage: 200, filters: { role: "system" } });
    expect(system.rows.every((row) => row.actorRole === null)).toBe(true);
    expect(system.rowCount).toBeGreaterThan(0);

    const claim = await auditor.caller.audit.list({
      perPage: 200,
      sort: [{ id: "seq", desc: false }],
      filters: { claimId: flow.claimId },
    });
    expect(claim.rows.map((row) => row.action)).toEqual([
      "ingest.document",
      "review.submit",
      "review.approve",
      "notice.publish",
    ]);
    const reviewerOnClaim = await auditor.caller.audit.list({
      filters: { claimId: flow.claimId, actor: flow.reviewer.user.username },
    });
    expect(reviewerOnClaim.rows.map((row) => row.action).sort()).toEqual(["ingest.document", "review.submit"]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await auditor.caller.audit.list({ filters: { from: today, to: today } })).rowCount).toBe(
      (await auditor.caller.audit.list({})).rowCount,
    );
    expect((await auditor.caller.audit.list({ filters: { to: "2020-01-01" } })).rowCount).toBe(0);
  });

  it("follows one claim from first ingest to publication with each change's diff", async () => {
    const timeline = await auditor.caller.audit.claimTimeline({ claimId: flow.claimId });
    expect(timeline.title).toBe("Ақпараттық штаб жұмысын бастады");
    expect(timeline.entries.map((entry) => entry.action)).toEqual([
      "ingest.document",
      "review.submit",
      "review.approve",
      "notice.publish",
    ]);
    const published = timeline.entries.at(-1);
    expect(published?.changes).toEqual(
      expect.arrayContaining([
        { field: "claimStatus", before: "decided" },
        expect.objectContaining({ field: "verdict", after: "verified" }),
      ]),
    );
    await expect(flow.reviewer.caller.audit.claimTimeline({ claimId: flow.claimId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("exports the whole log and a filtered view as JSON Lines that verify offline, and as CSV; each export is audited", async () => {
    const actor = { id: auditor.user.id, name: auditor.user.username, role: auditor.user.role };
    const complete = await collect(auditExportChunks(database.db, actor, {}, "jsonl"));
    const total = await database.db.auditEvent.count();
    expect(await verifyExportLines(complete.split("\n"))).toMatchObject({ ok: true, complete: true, checked: total });

    const filtered = await collect(auditExportChunks(database.db, actor, { claimId: flow.claimId }, "jsonl"));
    expect(await verifyExportLines(filtered.split("\n"))).toMatchObject({ ok: true, complete: false, checked: 4 });

    const csv = await collect(auditExportChunks(database.db, actor, { role: "editor" }, "csv"));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "seq,at,actorName,actorRole,actorId,action,subjectType,subjectId,reason,before,after,prevHash,hash",
    );
    expect(lines).toHaveLength(4);
    expect(
      await database.db.auditEvent.count({ where: { action: "audit.export", actorName: auditor.user.username } }),
    ).toBe(3);
  });

  it("names each subject by what it is called today: a claim's title, a notice's headline, a renamed tag; the rest by id", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const tag = await admin.caller.tag.define({ name: "Сайлау", colour: "#aa3300" });
    await admin.caller.tag.update({ tagId: tag.id, name: "Сайлау 2026" });
    await refusal(callerFor(db, null).caller.auth.login({ username: "nobody-here", password: "not the password" }));
    const rows = (await auditor.caller.audit.list({ perPage: 200, filters: {} })).rows;
    const titleOf = (subjectType: string, subjectId: string) =>
      rows.find((row) => row.subjectType === subjectType && row.subjectId === subjectId)?.subjectTitle;

    const claim = await db.claim.findUniqueOrThrow({ where: { id: flow.claimId }, select: { title: true } });
    expect(claim.title).toBeTruthy();
    expect(titleOf("claim", flow.claimId)).toBe(claim.title);
    const version = await db.noticeVersion.findFirstOrThrow({
      where: { noticeId: flow.noticeId },
      orderBy: { version: "desc" },
      select: { headline: true },
    });
    expect(titleOf("notice", flow.noticeId)).toBe(version.headline);
    expect(
      rows.filter((row) => row.subjectType === "tag" && row.subjectId === tag.id).map((row) => row.subjectTitle),
    ).toEqual(["Сайлау 2026", "Сайлау 2026"]);
    // A subject with no name of its own (a login attempt from an address) is shown by its id alone.
    const unknownUser = rows.filter((row) => row.action === "auth.loginFailedUnknownUser");
    expect(unknownUser.length).toBeGreaterThan(0);
    expect(unknownUser.map((row) => row.subjectTitle)).toEqual(unknownUser.map(() => null));
    expect(titleOf("user", admin.user.id)).toBe(admin.user.displayName);

    const timeline = await auditor.caller.audit.claimTimeline({ claimId: flow.claimId });
    expect(timeline.entries.find((entry) => entry.subjectType === "notice")?.subjectTitle).toBe(version.headline);
  });
});
