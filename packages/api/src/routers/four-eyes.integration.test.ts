import { createHash } from "node:crypto";
import { VERDICTS } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { callerFor, loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";
import { createUser } from "@tekser/domain/accounts/accounts.ts";

async function newClaim(db: Db) {
  return db.claim.create({
    data: { title: "Интернет в день референдума отключат", lang: "ru", firstSeenAt: new Date() },
    select: { id: true },
  });
}

const evidence = [{ url: "https://gov.kz/statement", note: "Ministry statement" }];

describe("[REVIEW][FOUR-EYES] verdicts, approval and send-back", () => {
  const database = useTestDatabase();

  it("accepts each of the four verdicts only with a rationale and evidence, and stores pasted page text as the reviewer's snapshot, never as the archive", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    for (const verdict of VERDICTS) {
      const { id } = await newClaim(db);
      expect(
        await refusal(
          reviewer.caller.review.setVerdict({ claimId: id, revision: 0, verdict, rationale: " ", evidence }),
        ),
      ).toMatchObject({ code: "BAD_REQUEST" });
      expect(
        await refusal(
          reviewer.caller.review.setVerdict({ claimId: id, revision: 0, verdict, rationale: "why", evidence: [] }),
        ),
      ).toMatchObject({ code: "BAD_REQUEST" });
      const snapshotText = `Ministry: the internet stays on (${verdict})`;
      const { reviewId } = await reviewer.caller.review.setVerdict({
        claimId: id,
        revision: 0,
        verdict,
        rationale: "The ministry denied it",
        evidence: [{ ...evidence[0]!, snapshotText }],
      });
      const stored = await db.evidence.findFirstOrThrow({
        where: { reviewId },
        select: {
          snapshotText: true,
          snapshotHash: true,
          snapshotAt: true,
          archivedText: true,
          archivedHash: true,
          archivedAt: true,
        },
      });
      const snapshotHash = createHash("sha256").update(snapshotText).digest("hex");
      expect(stored).toMatchObject({
        snapshotText,
        snapshotHash,
        archivedText: null,
        archivedHash: null,
        archivedAt: null,
      });
      expect(stored.snapshotAt).not.toBeNull();
      const shown = (await reviewer.caller.claim.byId({ id })).reviews[0]?.evidence[0];
      expect(shown).toEqual({
        url: evidence[0]!.url,
        note: evidence[0]!.note,
        archivedHash: null,
        snapshotText,
        snapshotHash,
      });
    }
  });

  it("refuses evidence that is not an absolute http(s) link to a public address, naming the link", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const { id } = await newClaim(db);
    const submit = (url: string) =>
      reviewer.caller.review.setVerdict({
        claimId: id,
        revision: 0,
        verdict: "fake",
        rationale: "Denied",
        evidence: [evidence[0]!, { url, note: "" }],
      });
    for (const url of [
      "javascript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "/relative/page",
      "file:///etc/passwd",
    ]) {
      expect(await refusal(submit(url)), url).toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await refusal(submit("http://169.254.169.254/latest/meta-data/"))).toEqual({
      code: "BAD_REQUEST",
      appCode: "EVIDENCE_URL_REFUSED",
      message:
        "Evidence link 2 (http://169.254.169.254/latest/meta-data/) is not a public web page: 169.254.169.254 is a linkLocal address, not a public one",
    });
    // Decimal and hex spellings of loopback are read as the URL parser reads them.
    for (const url of [
      "http://localhost:8080/admin",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://[::1]/",
      "http://10.0.0.5/intranet",
    ]) {
      expect(await refusal(submit(url)), url).toMatchObject({
        code: "BAD_REQUEST",
        appCode: "EVIDENCE_URL_REFUSED",
        message: expect.stringContaining("is not a public web page") as unknown,
      });
    }
    expect(await db.review.count({ where: { claimId: id } })).toBe(0);
    await submit("https://www.gov.kz/memleket/entities/press");
    expect(await db.review.count({ where: { claimId: id } })).toBe(1);
  });

  it("refuses self-approval, lets a second reviewer approve when the team allows it, and an editor always", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const colleague = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const admin = await loggedIn(db, "admin");
    const auditor = await loggedIn(db, "auditor");

    const first = await newClaim(db);
    const { reviewId } = await author.caller.review.setVerdict({
      claimId: first.id,
      revision: 0,
      verdict: "fake",
      rationale: "Denied",
      evidence,
    });
    expect(await refusal(author.caller.review.approve({ reviewId }))).toMatchObject({
      code: "FORBIDDEN",
      appCode: "OWN_VERDICT",
    });
    expect(await refusal(author.caller.review.sendBack({ reviewId, comment: "oops" }))).toMatchObject({
      appCode: "OWN_VERDICT",
    });
    expect(await refusal(auditor.caller.review.approve({ reviewId }))).toMatchObject({ code: "FORBIDDEN" });
    await colleague.caller.review.approve({ reviewId, comment: "Sources check out" });
    expect(
      await db.claim.findUniqueOrThrow({ where: { id: first.id }, select: { status: true, verdict: true } }),
    ).toEqual({ status: "decided", verdict: "fake" });
    expect(await refusal(editor.caller.review.approve({ reviewId }))).toMatchObject({ appCode: "INVALID_TRANSITION" });

    expect(await refusal(author.caller.workflow.updateSettings({ reviewersMayApprove: false }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.caller.workflow.updateSettings({ reviewersMayApprove: false });
    expect(await author.caller.workflow.settings()).toMatchObject({ reviewersMayApprove: false });

    const second = await newClaim(db);
    const pending = await author.caller.review.setVerdict({
      claimId: second.id,
      revision: 0,
      verdict: "verified",
      rationale: "Confirmed",
      evidence,
    });
    expect(await refusal(colleague.caller.review.approve({ reviewId: pending.reviewId }))).toMatchObject({
      code: "FORBIDDEN",
      appCode: "FOUR_EYES_ROLE",
    });
    await editor.caller.review.approve({ reviewId: pending.reviewId });

    const audit = await db.auditEvent.findMany({
      where: { action: { in: ["review.approve", "settings.update"] } },
      select: { action: true, actorName: true },
    });
    expect(audit).toEqual([
      { action: "review.approve", actorName: colleague.user.username },
      { action: "settings.update", actorName: admin.user.username },
      { action: "review.approve", actorName: editor.user.username },
    ]);
  });

  it("sends a verdict back with a required comment; the author can then submit again", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const { id } = await newClaim(db);
    const { reviewId } = await author.caller.review.setVerdict({
      claimId: id,
      revision: 0,
      verdict: "misleading",
      rationale: "Partly",
      evidence,
    });
    expect(await refusal(editor.caller.review.sendBack({ reviewId, comment: " " }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await editor.caller.review.sendBack({ reviewId, comment: "Link the ministry's own page" });
    const claim = await author.caller.claim.byId({ id });
    expect(claim.status).toBe("in_review");
    expect(claim.reviews[0]).toMatchObject({ status: "returned", returnComment: "Link the ministry's own page" });
    await author.caller.review.setVerdict({
      claimId: id,
      revision: claim.revision,
      verdict: "misleading",
      rationale: "Partly, see ministry",
      evidence,
    });
    const reasons = await db.auditEvent.findMany({
      where: { subjectId: id },
      orderBy: { seq: "asc" },
      select: { action: true, reason: true },
    });
    expect(reasons.map((row) => row.action)).toEqual(["review.submit", "review.return", "review.submit"]);
    expect(reasons[1]?.reason).toBe("Link the ministry's own page");
  });

  it("stores @mentions of colleagues in comments and refuses comments from auditors", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer", "aigerim");
    await loggedIn(db, "editor", "dana.s");
    const auditor = await loggedIn(db, "auditor");
    const { id } = await newClaim(db);
    const comment = await aigerim.caller.comment.add({
      claimId: id,
      body: "@dana.s please check the ministry page, cc @nobody and me@mail.kz",
    });
    expect(comment.mentions.map((person) => person.username)).toEqual(["dana.s"]);
    expect(await auditor.caller.comment.list({ claimId: id })).toHaveLength(1);
    expect(await refusal(auditor.caller.comment.add({ claimId: id, body: "hi" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditEvent.count({ where: { action: "comment.add", subjectId: id } })).toBe(1);
  });

  it("lets an account that must change its password reach only its own session", async () => {
    const { db } = database;
    await createUser(db, {
      username: "fresh-admin",
      displayName: "Fresh",
      role: "admin",
      password: "one-time-password-123",
      mustChangePassword: true,
    });
    const { caller: anonymous, jar } = callerFor(db, null);
    const user = await anonymous.auth.login({ username: "fresh-admin", password: "one-time-password-123" });
    expect(user?.mustChangePassword).toBe(true);
    const { caller } = callerFor(db, user);
    expect(await refusal(caller.claim.list({}))).toMatchObject({
      code: "FORBIDDEN",
      appCode: "PASSWORD_CHANGE_REQUIRED",
    });
    expect(await refusal(caller.workflow.settings())).toMatchObject({ appCode: "PASSWORD_CHANGE_REQUIRED" });
    expect(await caller.auth.me()).toMatchObject({ username: "fresh-admin" });
    await caller.auth.changePassword({
      currentPassword: "one-time-password-123",
      newPassword: "a much better passphrase",
    });
    expect(
      await db.user.findUniqueOrThrow({ where: { username: "fresh-admin" }, select: { mustChangePassword: true } }),
    ).toEqual({ mustChangePassword: false });
    expect(jar.token).toBeDefined();
  });
});
