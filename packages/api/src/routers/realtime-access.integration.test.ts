import type { Db } from "@tekser/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeHub, startChangeFeed } from "@tekser/domain/shared/change-feed.ts";
import { hashToken, SESSION_LIMITS } from "@tekser/domain/accounts/sessions.ts";
import { nextEvent, subscribeAs } from "../../test/change-stream.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

/** A claim assignment: an event every staff role sees, used to know that each stream is listening. */
async function claimWork(db: Db, worker: Awaited<ReturnType<typeof loggedIn>>) {
  const claim = await db.claim.create({
    data: { title: "Тариф", lang: "kk", firstSeenAt: new Date() },
    select: { id: true },
  });
  await worker.caller.workflow.assignToMe({ claimId: claim.id });
  return claim.id;
}

describe("[REVIEW][REALTIME][ACCESS] each role's stream carries only what the role may see, while its session lasts", () => {
  let feed: Awaited<ReturnType<typeof startChangeFeed>>;
  let hub: ChangeHub;
  beforeEach(async () => {
    feed = await startChangeFeed(database.url);
    hub = feed.hub;
  });
  afterEach(async () => {
    await feed.stop();
  });

  it("sends a reviewer claim work only, while an admin also sees failed logins and API token events", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const admin = await loggedIn(db, "admin");
    const reviewerStream = await subscribeAs(db, hub, reviewer);
    const adminStream = await subscribeAs(db, hub, admin);
    const ready = [nextEvent(reviewerStream), nextEvent(adminStream)];
    const first = await claimWork(db, reviewer);
    for (const event of await Promise.all(ready))
      expect(event).toMatchObject({ action: "claim.assign", subjectId: first });

    await refusal(
      callerFor(db, null).caller.auth.login({
        username: reviewer.user.username,
        password: "my-real-password-in-the-username-box",
      }),
    );
    await admin.caller.newsroom.issueToken({ newsroom: "Qazaq24" });
    const second = await claimWork(db, reviewer);

    expect(await nextEvent(reviewerStream)).toMatchObject({ action: "claim.assign", subjectId: second });
    expect([await nextEvent(adminStream), await nextEvent(adminStream), await nextEvent(adminStream)]).toMatchObject([
      { action: "auth.loginFailed", subjectType: "user", subjectId: reviewer.user.id },
      { action: "api_token.issue", subjectType: "api_token" },
      { action: "claim.assign", subjectId: second },
    ]);
  });

  it("ends the stream of a session that a password change ended, and keeps the stream of the session that changed it", async () => {
    const { db } = database;
    const laptop = await loggedIn(db, "editor");
    const { caller: anonymous, jar } = callerFor(db, null);
    await anonymous.auth.login({ username: laptop.user.username, password: TEST_PASSWORD });
    const phone = { ...laptop, token: jar.token ?? "" };
    const laptopStream = await subscribeAs(db, hub, laptop);
    const phoneStream = await subscribeAs(db, hub, phone);
    const ready = [nextEvent(laptopStream), nextEvent(phoneStream)];
    await claimWork(db, laptop);
    await Promise.all(ready);

    await laptop.caller.auth.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "steppe wind over the archive",
    });
    expect(await nextEvent(phoneStream)).toBe("ended");
    const later = claimWork(db, laptop);
    expect(await nextEvent(laptopStream)).toMatchObject({ action: "claim.assign", subjectId: await later });
  });

  it("ends the stream of a session that timed out while the stream was open", async () => {
    const { db } = database;
    const quickHub = new ChangeHub(100);
    const auditor = await loggedIn(db, "auditor");
    const stream = await subscribeAs(db, quickHub, auditor);
    const pending = nextEvent(stream);
    await db.session.update({
      where: { tokenHash: hashToken(auditor.token) },
      data: { lastSeenAt: new Date(Date.now() - SESSION_LIMITS.idleMs - 1000) },
    });
    expect(await pending).toBe("ended");
  });
});
