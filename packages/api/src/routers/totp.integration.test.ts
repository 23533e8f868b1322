import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

/** The authenticator's code `stepsAhead` 30-second steps from now (a phone computes the same). */
function codeFor(secret: string, stepsAhead = 0) {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

async function logIn(username: string, totpCode?: string) {
  const { caller, jar } = callerFor(database.db, null);
  await caller.auth.login({ username, password: TEST_PASSWORD, ...(totpCode === undefined ? {} : { totpCode }) });
  return jar.token ?? "";
}

async function enrolled(role: "reviewer" | "editor" | "admin") {
  const account = await loggedIn(database.db, role);
  const { secret } = await account.caller.auth.totpStart();
  const { recoveryCodes } = await account.caller.auth.totpConfirm({ code: await codeFor(secret) });
  return { ...account, secret, recoveryCodes };
}

describe("[ACCOUNTS][TOTP] two-factor sign-in with an authenticator app and recovery codes", () => {
  it("enrols only with a right code from the shown secret; recovery codes are shown once and stored hashed", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const enrolment = await reviewer.caller.auth.totpStart();
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await refusal(reviewer.caller.auth.totpConfirm({ code: "000000" }))).toMatchObject({
      appCode: "TOTP_INVALID",
    });
    expect(await reviewer.caller.auth.totpStatus()).toEqual({ enabled: false, recoveryCodesLeft: 0 });

    const { recoveryCodes } = await reviewer.caller.auth.totpConfirm({ code: await codeFor(enrolment.secret) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: reviewer.user.id },
      select: { totpRecoveryHashes: true },
    });
    for (const code of recoveryCodes) expect(stored.totpRecoveryHashes).not.toContain(code);
    expect(await db.auditEvent.count({ where: { action: "auth.totpEnrol", subjectId: reviewer.user.id } })).toBe(1);
    expect(await refusal(reviewer.caller.auth.totpStart())).toMatchObject({ code: "CONFLICT" });
  });

  it("asks for the code after a right password, refuses a wrong or replayed code, and spends a recovery code once", async () => {
    const { db } = database;
    const editor = await enrolled("editor");
    const name = editor.user.username;
    expect(await refusal(logIn(name))).toMatchObject({ appCode: "TOTP_REQUIRED" });
    expect(await refusal(logIn(name, "123456"))).toMatchObject({ appCode: "TOTP_INVALID" });
    expect(await db.auditEvent.count({ where: { action: "auth.loginFailed", subjectId: editor.user.id } })).toBe(1);

    // The enrolment used this step's code; the next step's code (within the drift allowed) is new.
    const next = await codeFor(editor.secret, 1);
    expect(await userForSessionToken(db, await logIn(name, next))).toMatchObject({ id: editor.user.id });
    expect(await refusal(logIn(name, next))).toMatchObject({ appCode: "TOTP_INVALID" });

    const [recovery] = editor.recoveryCodes;
    expect(await userForSessionToken(db, await logIn(name, recovery))).toMatchObject({ id: editor.user.id });
    expect(await refusal(logIn(name, recovery))).toMatchObject({ appCode: "TOTP_INVALID" });
    expect(await editor.caller.auth.totpStatus()).toEqual({ enabled: true, recoveryCodesLeft: 9 });
  });

  it("lets only an admin reset another account's two-factor sign-in, audited with the reason", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await enrolled("reviewer");
    const colleague = await loggedIn(db, "reviewer");
    expect(await refusal(colleague.caller.user.resetTotp({ userId: reviewer.user.id, reason: "no" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.caller.user.resetTotp({ userId: reviewer.user.id, reason: "Lost phone" });
    expect(await userForSessionToken(db, await logIn(reviewer.user.username))).toMatchObject({ id: reviewer.user.id });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "user.resetTotp", subjectId: reviewer.user.id },
        select: { actorId: true, reason: true },
      }),
    ).toEqual({
      actorId: admin.user.id,
      reason: "Lost phone",
    });
    expect(await refusal(reviewer.caller.auth.totpDisable({ currentPassword: TEST_PASSWORD }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("when the team requires it, an admin or editor without two factors must enrol before anything else; a reviewer need not", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor");
    const reviewer = await loggedIn(db, "reviewer");
    expect(
      await refusal(editor.caller.workflow.updateSettings({ requireTotpForAdminsAndEditors: true })),
    ).toMatchObject({ code: "FORBIDDEN" });
    await admin.caller.workflow.updateSettings({ requireTotpForAdminsAndEditors: true });
    try {
      const asEditor = callerFor(db, await userForSessionToken(db, editor.token), undefined, {
        sessionToken: editor.token,
      }).caller;
      expect(await asEditor.auth.me()).toMatchObject({ mustEnrolTotp: true });
      expect(await refusal(asEditor.claim.list({}))).toMatchObject({ appCode: "TOTP_ENROLMENT_REQUIRED" });
      const { secret } = await asEditor.auth.totpStart();
      await asEditor.auth.totpConfirm({ code: await codeFor(secret) });
      const afterEnrolment = callerFor(db, await userForSessionToken(db, editor.token), undefined, {
        sessionToken: editor.token,
      }).caller;
      await expect(afterEnrolment.claim.list({})).resolves.toBeDefined();
      expect(await userForSessionToken(db, reviewer.token)).toMatchObject({ mustEnrolTotp: false });
    } finally {
      await admin.caller.workflow.updateSettings({ requireTotpForAdminsAndEditors: false });
    }
  });
});
