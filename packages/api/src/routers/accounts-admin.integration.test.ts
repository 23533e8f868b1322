import { SUBSCRIBED_EVENT, type TRealtimeEvent, type TRole } from "@tekser/contracts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startChangeFeed } from "@tekser/domain/shared/change-feed.ts";
import { userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();
const NON_ADMINS: TRole[] = ["reviewer", "editor", "auditor"];

/** What a browser holding `token` gets on its next request: the context is built from the cookie each time. */
async function nextRequestAs(token: string) {
  const { db } = database;
  return callerFor(db, await userForSessionToken(db, token), undefined, { sessionToken: token }).caller;
}

async function logIn(username: string, password: string) {
  const { caller, jar } = callerFor(database.db, null);
  const user = await caller.auth.login({ username, password });
  return { user, token: jar.token ?? "" };
}

describe("[ACCOUNTS][ADMIN] admins manage accounts from the dashboard; nobody else may", () => {
  it.each(NON_ADMINS)("refuses every account procedure to a %s", async (role) => {
    const { db } = database;
    const someone = await loggedIn(db, role);
    const other = await loggedIn(db, "reviewer");
    const calls = [
      someone.caller.user.list({}),
      someone.caller.user.create({ username: `x-${role}`, displayName: "X", role: "admin" }),
      someone.caller.user.resetPassword({ userId: other.user.id }),
      someone.caller.user.setActive({ userId: other.user.id, active: false, reason: "no" }),
      someone.caller.user.setRole({ userId: someone.user.id, role: "admin", reason: "no" }),
    ];
    for (const call of calls) expect(await refusal(call)).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.findUnique({ where: { username: `x-${role}` } })).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: other.user.id }, select: { active: true } })).toEqual({
      active: true,
    });
  });

  it("creates an account with a one-time password shown once, which must be changed at first login", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const created = await admin.caller.user.create({ username: "aigerim", displayName: "Айгерім", role: "reviewer" });
    expect(created.oneTimePassword).toMatch(/^[\w-]{20}$/);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: created.userId },
      select: { passwordHash: true, mustChangePassword: true },
    });
    expect(stored.passwordHash).not.toContain(created.oneTimePassword);
    expect(stored.mustChangePassword).toBe(true);

    const first = await logIn("aigerim", created.oneTimePassword ?? "");
    expect(first.user).toMatchObject({ username: "aigerim", mustChangePassword: true });
    const asAigerim = await nextRequestAs(first.token);
    expect(await refusal(asAigerim.claim.list({}))).toMatchObject({ appCode: "PASSWORD_CHANGE_REQUIRED" });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "user.create", subjectId: created.userId },
        select: { actorId: true },
      }),
    ).toEqual({ actorId: admin.user.id });
  });

  it("lists accounts server-side with last login and failed attempts since, filtered and paged", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin", "lead-admin");
    const bolat = await loggedIn(db, "editor", "bolat-editor");
    await refusal(callerFor(db, null).caller.auth.login({ username: "bolat-editor", password: "wrong guess one" }));
    await refusal(callerFor(db, null).caller.auth.login({ username: "bolat-editor", password: "wrong guess two" }));
    const page = await admin.caller.user.list({ filters: { search: "bolat" } });
    expect(page.rowCount).toBe(1);
    expect(page.rows[0]).toMatchObject({ id: bolat.user.id, role: "editor", active: true, failedLogins: 2 });
    expect(page.rows[0]?.lastLoginAt).not.toBeNull();
    await logIn("bolat-editor", TEST_PASSWORD);
    expect((await admin.caller.user.list({ filters: { search: "bolat" } })).rows[0]).toMatchObject({ failedLogins: 0 });

    const editors = await admin.caller.user.list({
      filters: { role: "editor" },
      perPage: 1,
      sort: [{ id: "username", desc: false }],
    });
    expect(editors.rows).toHaveLength(1);
    expect(editors.rowCount).toBe(await db.user.count({ where: { role: "editor" } }));
    expect(Object.keys(editors.rows[0] ?? {})).not.toContain("passwordHash");
  });

  it("resets a password: the old one stops working, the account's sessions end, the new one is to be changed", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    const { oneTimePassword } = await admin.caller.user.resetPassword({ userId: reviewer.user.id });
    expect(await userForSessionToken(db, reviewer.token)).toBeNull();
    expect(await refusal(logIn(reviewer.user.username, TEST_PASSWORD))).toMatchObject({
      appCode: "INVALID_CREDENTIALS",
    });
    expect((await logIn(reviewer.user.username, oneTimePassword)).user).toMatchObject({ mustChangePassword: true });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "user.resetPassword", subjectId: reviewer.user.id },
        select: { actorId: true, after: true },
      }),
    ).toEqual({
      actorId: admin.user.id,
      after: { username: reviewer.user.username, sessionsEnded: 1 },
    });
  });
});

describe("[ACCOUNTS][DEACTIVATE] a deactivated account is refused at once, its open stream closed", () => {
  let feed: Awaited<ReturnType<typeof startChangeFeed>>;
  beforeEach(async () => {
    feed = await startChangeFeed(database.url);
  });
  afterEach(async () => {
    await feed.stop();
  });

  it("deactivation refuses the next request, closes the realtime stream and blocks login; reactivation lets the account back in", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const leaving = await loggedIn(db, "reviewer");
    const stream = (
      await callerFor(db, leaving.user, feed.hub, { sessionToken: leaving.token }).caller.realtime.changes()
    )[Symbol.asyncIterator]();
    expect(await stream.next()).toEqual({ done: false, value: SUBSCRIBED_EVENT });
    const pending: Promise<IteratorResult<TRealtimeEvent>> = stream.next();
    expect(await (await nextRequestAs(leaving.token)).auth.sessions()).toHaveLength(1);

    await admin.caller.user.setActive({ userId: leaving.user.id, active: false, reason: "Left the desk" });
    expect((await pending).done).toBe(true);
    expect(await refusal((await nextRequestAs(leaving.token)).claim.list({}))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.session.count({ where: { userId: leaving.user.id } })).toBe(0);
    expect(await refusal(logIn(leaving.user.username, TEST_PASSWORD))).toMatchObject({
      appCode: "INVALID_CREDENTIALS",
    });
    expect(
      await refusal(admin.caller.user.setActive({ userId: leaving.user.id, active: false, reason: "again" })),
    ).toMatchObject({ code: "CONFLICT" });

    await admin.caller.user.setActive({ userId: leaving.user.id, active: true, reason: "Came back" });
    expect((await logIn(leaving.user.username, TEST_PASSWORD)).user).toMatchObject({ id: leaving.user.id });
    const events = await db.auditEvent.findMany({
      where: { subjectId: leaving.user.id, action: { in: ["user.deactivate", "user.reactivate"] } },
      orderBy: { seq: "asc" },
      select: { action: true, reason: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "user.deactivate", reason: "Left the desk", actorId: admin.user.id },
      { action: "user.reactivate", reason: "Came back", actorId: admin.user.id },
    ]);
  });
});
