import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();
const evidence = [{ url: "https://gov.kz/statement", note: "Ministry statement" }];

async function pendingVerdict(db: Db, author: Awaited<ReturnType<typeof loggedIn>>) {
  const claim = await db.claim.create({
    data: { title: "Электр тарифі екі есе өседі", lang: "kk", firstSeenAt: new Date() },
    select: { id: true },
  });
  const { reviewId } = await author.caller.review.setVerdict({
    claimId: claim.id,
    revision: 0,
    verdict: "fake",
    rationale: "The ministry denied it",
    evidence,
  });
  return { claimId: claim.id, reviewId };
}

/** An account the admin creates from the dashboard, signed in after choosing its own password. */
async function accountCreatedBy(admin: Awaited<ReturnType<typeof loggedIn>>, username: string) {
  const { db } = database;
  await admin.caller.user.create({ username, displayName: username, role: "editor", password: TEST_PASSWORD });
  const { caller: anonymous, jar } = callerFor(db, null);
  await anonymous.auth.login({ username, password: TEST_PASSWORD });
  const first = callerFor(db, await userForSessionToken(db, jar.token), undefined, { sessionToken: jar.token }).caller;
  await first.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "steppe wind over the archive" });
  return callerFor(db, await userForSessionToken(db, jar.token), undefined, { sessionToken: jar.token }).caller;
}

describe("[AUDIT][FOUR-EYES] an approval through an account the author recently created is flagged for auditors", () => {
  it("flags the approval when the approver's account was created by the verdict's author, and not otherwise", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const second = await accountCreatedBy(admin, "second-account");
    const own = await pendingVerdict(db, admin);
    await second.review.approve({ reviewId: own.reviewId });
    const flagged = await db.auditEvent.findFirstOrThrow({
      where: { action: "review.approve", subjectId: own.claimId },
      select: { after: true },
    });
    expect(flagged.after).toMatchObject({
      approverCreatedByAuthor: { withinDays: 30, accountCreatedAt: expect.any(String) as unknown },
    });

    const colleague = await loggedIn(db, "reviewer");
    const other = await pendingVerdict(db, colleague);
    await second.review.approve({ reviewId: other.reviewId });
    const plain = await db.auditEvent.findFirstOrThrow({
      where: { action: "review.approve", subjectId: other.claimId },
      select: { after: true },
    });
    expect(plain.after).not.toHaveProperty("approverCreatedByAuthor");

    const auditorView = await (
      await loggedIn(db, "auditor")
    ).caller.audit.list({ filters: { action: "review.approve" } });
    expect(auditorView.rows.find((row) => row.subjectId === own.claimId)?.after).toHaveProperty(
      "approverCreatedByAuthor",
    );
  });
});
