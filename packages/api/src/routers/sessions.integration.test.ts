import { describe, expect, it } from "vitest";
import { ensureAdminAccount } from "@tekser/domain/accounts/accounts.ts";
import { hashToken, SESSION_LIMITS, userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();
const NEW_PASSWORD = "steppe wind over the archive";

async function secondSession(db: Parameters<typeof callerFor>[0], username: string) {
  const { caller, jar } = callerFor(db, null);
  await caller.auth.login({ username, password: TEST_PASSWORD });
  if (!jar.token) throw new Error("no session");
  return jar.token;
}

describe("[AUTH][SESSIONS] sessions end on a password change, when idle and at their maximum age", () => {
  it("a password change ends the user's other sessions and keeps the one that made it", async () => {
    const { db } = database;
    const laptop = await loggedIn(db, "reviewer");
    const phone = await secondSession(db, laptop.user.username);
    const colleague = await loggedIn(db, "reviewer");

    await laptop.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(await userForSessionToken(db, laptop.token)).toMatchObject({ id: laptop.user.id });
    expect(await userForSessionToken(db, phone)).toBeNull();
    expect(await userForSessionToken(db, colleague.token)).toMatchObject({ id: colleague.user.id });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "auth.changePassword", subjectId: laptop.user.id },
        select: { after: true },
      }),
    ).toEqual({
      after: { otherSessionsEnded: 1 },
    });
  });

  it("refuses a new password that is the current one or easy to guess, with a code the dashboard words in kk/ru/en", async () => {
    const { db } = database;
    const auditor = await loggedIn(db, "auditor", "gulnar");
    expect(
      await refusal(auditor.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "PASSWORD_REUSED",
    });
    for (const weak of ["password12345", "qwertyuiop123", "gulnar123456"]) {
      expect(
        await refusal(auditor.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: weak })),
      ).toMatchObject({
        code: "BAD_REQUEST",
        appCode: "PASSWORD_TOO_WEAK",
      });
    }
    expect(await db.auditEvent.count({ where: { action: "auth.changePassword", subjectId: auditor.user.id } })).toBe(0);
    await auditor.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
  });

  it("ends a session idle for longer than the idle timeout, and one past its maximum age however active", async () => {
    const { db } = database;
    const idle = await loggedIn(db, "editor");
    const busy = await loggedIn(db, "editor");
    const now = Date.now();
    await db.session.update({
      where: { tokenHash: hashToken(idle.token) },
      data: { lastSeenAt: new Date(now - SESSION_LIMITS.idleMs - 60_000) },
    });
    expect(await userForSessionToken(db, idle.token)).toBeNull();

    await db.session.update({ where: { tokenHash: hashToken(busy.token) }, data: { expiresAt: new Date(now - 1000) } });
    expect(await userForSessionToken(db, busy.token)).toBeNull();

    // Logging in again clears the account's ended sessions away.
    await secondSession(db, idle.user.username);
    await secondSession(db, busy.user.username);
    expect(
      await db.session.count({ where: { tokenHash: { in: [hashToken(idle.token), hashToken(busy.token)] } } }),
    ).toBe(0);
  });

  it("counts a request as activity, writing lastSeenAt at most once a minute", async () => {
    const { db } = database;
    const editor = await loggedIn(db, "editor");
    const where = { tokenHash: hashToken(editor.token) };
    const recent = new Date(Date.now() - 30_000);
    await db.session.update({ where, data: { lastSeenAt: recent } });
    await userForSessionToken(db, editor.token);
    expect((await db.session.findUniqueOrThrow({ where })).lastSeenAt).toEqual(recent);

    const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    await db.session.update({ where, data: { lastSeenAt: hoursAgo } });
    await userForSessionToken(db, editor.token, { touch: false });
    expect((await db.session.findUniqueOrThrow({ where })).lastSeenAt).toEqual(hoursAgo);
    await userForSessionToken(db, editor.token);
    expect((await db.session.findUniqueOrThrow({ where })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe("[AUTH][ACCOUNTS] a first-start admin password set through TEKSER_ADMIN_PASSWORD is changed at first login", () => {
  it("creates the admin with the configured password, which reaches only the account's own session until changed", async () => {
    const { db } = database;
    expect(await ensureAdminAccount(db, "configured in the deploy file")).toEqual({
      created: true,
      username: "admin",
      generatedPassword: null,
    });
    const { caller: anonymous, jar } = callerFor(db, null);
    const admin = await anonymous.auth.login({ username: "admin", password: "configured in the deploy file" });
    expect(admin?.mustChangePassword).toBe(true);
    const caller = callerFor(db, admin, undefined, { sessionToken: jar.token }).caller;
    expect(await refusal(caller.claim.list({}))).toMatchObject({
      code: "FORBIDDEN",
      appCode: "PASSWORD_CHANGE_REQUIRED",
    });
    await caller.auth.changePassword({ currentPassword: "configured in the deploy file", newPassword: NEW_PASSWORD });
    expect(
      await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { mustChangePassword: true } }),
    ).toEqual({ mustChangePassword: false });
  });
});
