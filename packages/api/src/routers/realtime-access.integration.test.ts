import { SUBSCRIBED_EVENT, type TRealtimeEvent } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeHub, startChangeFeed } from "@tekser/domain/shared/change-feed.ts";
import { hashToken, SESSION_LIMITS } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();
const DEADLINE_MS = 5000;

/** The stream's next change, "ended" when it finishes, or a failure after the deadline. */
async function next(stream: AsyncIterator<TRealtimeEvent>): Promise<TRealtimeEvent | "ended"> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing from the change stream within ${DEADLINE_MS} ms`)), DEADLINE_MS);
  });
  try {
    const result = await Promise.race([stream.next(), deadline]);
    return result.done ? "ended" : result.value;
  } finally {
    clearTimeout(timer);
  }
}

async function subscribe(db: Db, hub: ChangeHub, session: Awaited<ReturnType<typeof loggedIn>>) {
  const caller = callerFor(db, session.user, hub, { sessionToken: session.token }).caller;
  const stream = (await caller.realtime.changes())[Symbol.asyncIterator]();
  expect(await next(stream)).toEqual(SUBSCRIBED_EVENT);
  return stream;
}

/** A claim assignment: an event every staff role sees, used to know that each stream is listening. */
async function claimWork(db: Db, worker: Awaited<ReturnType<typeof loggedIn>>) {
  const claim = await db.claim.create({ data: { title: "Тариф", lang: "kk", firstSeenAt: new Date() }, select: { id: true } });
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
    const reviewerStream = await subscribe(db, hub, reviewer);
    const adminStream = await subscribe(db, hub, admin);
    const ready = [next(reviewerStream), next(adminStream)];
    const first = await claimWork(db, reviewer);
    for (const event of await Promise.all(ready)) expect(event).toMatchObject({ action: "claim.assign", subjectId: first });

    await refusal(callerFor(db, null).caller.auth.login({ username: reviewer.user.username, password: "my-real-password-in-the-username-box" }));
    await admin.caller.newsroom.issueToken({ newsroom: "Qazaq24" });
    const second = await claimWork(db, reviewer);

    expect(await next(reviewerStream)).toMatchObject({ action: "claim.assign", subjectId: second });
    expect([await next(adminStream), await next(adminStream), await next(adminStream)]).toMatchObject([
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
    const laptopStream = await subscribe(db, hub, laptop);
    const phoneStream = await subscribe(db, hub, phone);
    const ready = [next(laptopStream), next(phoneStream)];
    await claimWork(db, laptop);
    await Promise.all(ready);

    await laptop.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "steppe wind over the archive" });
    expect(await next(phoneStream)).toBe("ended");
    const later = claimWork(db, laptop);
    expect(await next(laptopStream)).toMatchObject({ action: "claim.assign", subjectId: await later });
  });

  it("ends the stream of a session that timed out while the stream was open", async () => {
    const { db } = database;
    const quickHub = new ChangeHub(100);
    const auditor = await loggedIn(db, "auditor");
    const stream = await subscribe(db, quickHub, auditor);
    const pending = next(stream);
    await db.session.update({ where: { tokenHash: hashToken(auditor.token) }, data: { lastSeenAt: new Date(Date.now() - SESSION_LIMITS.idleMs - 1000) } });
    expect(await pending).toBe("ended");
  });
});
