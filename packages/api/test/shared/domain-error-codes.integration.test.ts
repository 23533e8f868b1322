import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { claimOf, ingestPensionTrio } from "@tekser/domain/test/claim-items.ts";
import { bulkChange } from "@tekser/domain/review/claim-work.ts";
import { parseCursor } from "@tekser/domain/publish/notice-changes.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

/** The refusal as the dashboard reads it: the tRPC code, the specific code and its details. */
async function refusalWithDetails(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause as { code?: string; details?: Record<string, unknown> } | undefined;
  return { code: error.code, appCode: cause?.code, details: cause?.details ?? null };
}

describe("[SHARED][ERROR-CODES] refusals a desk meets daily carry a specific code and its details", () => {
  const database = useTestDatabase();

  it("names a missing claim, a merge into itself and an already merged claim", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await refusalWithDetails(reviewer.caller.claim.byId({ id: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "CLAIM_NOT_FOUND",
      details: { claimId: missing },
    });
    const { originalId, otherId } = await ingestPensionTrio(db);
    const pensionClaim = (await claimOf(db, originalId))!;
    const otherClaim = (await claimOf(db, otherId))!;
    expect(
      await refusalWithDetails(
        reviewer.caller.claim.merge({ sourceId: pensionClaim, targetId: pensionClaim, reason: "same" }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "MERGE_INTO_ITSELF",
    });
    await reviewer.caller.claim.merge({
      sourceId: otherClaim,
      targetId: pensionClaim,
      reason: "Both are about pensions",
    });
    expect(
      await refusalWithDetails(
        reviewer.caller.claim.merge({ sourceId: otherClaim, targetId: pensionClaim, reason: "again" }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      appCode: "CLAIM_ALREADY_MERGED",
    });
  });

  it("names the account when its role or state would not change", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor", "dana.editor");
    expect(
      await refusalWithDetails(admin.caller.user.setRole({ userId: editor.user.id, role: "editor", reason: "check" })),
    ).toEqual({
      code: "CONFLICT",
      appCode: "ROLE_UNCHANGED",
      details: { username: "dana.editor", role: "editor" },
    });
    expect(
      await refusalWithDetails(admin.caller.user.setActive({ userId: editor.user.id, active: true, reason: "check" })),
    ).toEqual({
      code: "CONFLICT",
      appCode: "ALREADY_ACTIVE",
      details: { username: "dana.editor" },
    });
  });

  it("names a refused role with the roles that may, a bulk tag by a role that may not tag, and a bad cursor", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const auditor = await loggedIn(db, "auditor");
    expect(
      await refusalWithDetails(
        reviewer.caller.user.setRole({ userId: auditor.user.id, role: "admin", reason: "promote myself" }),
      ),
    ).toEqual({
      code: "FORBIDDEN",
      appCode: "ROLE_NOT_ALLOWED",
      details: { role: "reviewer", allowedRoles: ["admin"] },
    });
    const claim = await db.claim.create({
      data: { title: "Тег", lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    // Every role the router lets bulk-change may tag today; the service still refuses one that may not.
    await expect(
      bulkChange(
        db,
        { id: auditor.user.id, name: auditor.user.username, role: "auditor" },
        { claimIds: [claim.id], action: { type: "tag", tagId: claim.id } },
      ),
    ).rejects.toMatchObject({
      code: "ROLE_NOT_ALLOWED",
      details: { role: "auditor", allowedRoles: ["reviewer", "editor", "admin"] },
    });
    expect(() => parseCursor("-1")).toThrow(
      expect.objectContaining({ code: "INVALID_SINCE_CURSOR", details: { since: "-1" } }) as Error,
    );
  });

  it("names what someone else removed or never had: a saved view, a verdict, a webhook, a session, a notification, a checkpoint", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const auditor = await loggedIn(db, "auditor");
    const missing = "00000000-0000-4000-8000-000000000001";
    expect(await refusalWithDetails(reviewer.caller.queueView.delete({ id: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "SAVED_VIEW_NOT_FOUND",
      details: { viewId: missing },
    });
    expect(await refusalWithDetails(editor.caller.review.approve({ reviewId: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "VERDICT_NOT_FOUND",
      details: { reviewId: missing },
    });
    expect(await refusalWithDetails(editor.caller.newsroom.deactivateWebhook({ webhookId: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "WEBHOOK_NOT_FOUND",
      details: { webhookId: missing },
    });
    expect(await refusalWithDetails(reviewer.caller.auth.endSession({ sessionId: missing }))).toMatchObject({
      code: "NOT_FOUND",
      appCode: "SESSION_NOT_FOUND",
    });
    expect(await refusalWithDetails(reviewer.caller.notification.markRead({ id: missing }))).toEqual({
      code: "NOT_FOUND",
      appCode: "NOTIFICATION_NOT_FOUND",
      details: { notificationId: missing },
    });
    expect(await refusalWithDetails(auditor.caller.audit.verify({ checkpointSeq: "987654" }))).toEqual({
      code: "NOT_FOUND",
      appCode: "CHECKPOINT_NOT_FOUND",
      details: { seq: "987654" },
    });
    expect(await refusalWithDetails(reviewer.caller.auth.totpConfirm({ code: "123456" }))).toMatchObject({
      code: "CONFLICT",
      appCode: "TOTP_ENROLMENT_NOT_STARTED",
    });
  });
});
