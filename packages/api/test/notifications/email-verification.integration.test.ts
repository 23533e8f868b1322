import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, loggedIn, refusal, useTestDatabase } from "../harness.ts";
import { useMailDelivery } from "./notification-worker-harness.ts";
import { verificationToken } from "./verified-address.ts";

const database = useTestDatabase();

describe("[NOTIFICATIONS][EMAIL][VERIFY] e-mail goes only to an address its owner has verified", () => {
  const smtp = useMailDelivery(database);
  beforeAll(async () => {
    const admin = await loggedIn(database.db, "admin");
    await admin.caller.notification.updateMailSettings({
      host: "127.0.0.1",
      port: smtp.port,
      username: smtp.username,
      password: smtp.password,
      fromAddress: "tekser@desk.example.kz",
    });
  });

  const signedOut = () => callerFor(database.db, null).caller;
  const newClaim = () =>
    database.db.claim.create({
      data: { title: "Астанада су өшіріледі", lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });

  /** Saves an address for the user and returns the link the local server received for it. */
  async function saveAddress(user: Awaited<ReturnType<typeof loggedIn>>, email: string) {
    const before = smtp.received.length;
    const settings = await user.caller.notification.updatePreferences({
      email,
      emailKinds: ["assigned"],
      telegramKinds: [],
    });
    const mail = (await smtp.waitFor(before + 1))[before];
    return { settings, mail, token: verificationToken(mail) };
  }

  it("sends nothing to an unverified address; the link, opened signed out, verifies it and mail follows", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    await editor.caller.auth.setLocale({ locale: "ru" });

    const { settings, mail, token } = await saveAddress(editor, "saule@desk.example.kz");
    expect(mail).toMatchObject({
      to: ["saule@desk.example.kz"],
      subject: "Tekser: подтвердите адрес электронной почты",
    });
    expect(mail?.text).toContain(`http://tekser.test/verify-email?token=${token}`);
    expect(settings).toMatchObject({
      email: "saule@desk.example.kz",
      emailVerified: false,
      verificationSentAt: expect.any(String),
    });
    // Only the token's hash is kept.
    const stored = await db.emailVerification.findMany({
      where: { userId: editor.user.id },
      select: { tokenHash: true },
    });
    expect(stored).toEqual([{ tokenHash: createHash("sha256").update(token).digest("hex") }]);

    const first = await newClaim();
    await author.caller.workflow.assign({ claimId: first.id, assigneeId: editor.user.id });
    const unverified = await db.notification.findFirstOrThrow({
      where: { userId: editor.user.id, claimId: first.id },
      select: { deliveries: true },
    });
    expect(unverified.deliveries).toEqual([]);

    expect(await signedOut().notification.verifyEmail({ token })).toEqual({ email: "saule@desk.example.kz" });
    expect(await editor.caller.notification.settings()).toMatchObject({
      emailVerified: true,
      verificationSentAt: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "notification.emailVerified", subjectId: editor.user.id },
      select: { actorId: true, subjectType: true },
    });
    expect(event).toEqual({ actorId: editor.user.id, subjectType: "notification" });
    expect(
      await db.auditEvent.count({ where: { action: "notification.emailVerificationSent", subjectId: editor.user.id } }),
    ).toBe(1);

    const before = smtp.received.length;
    const second = await newClaim();
    await author.caller.workflow.assign({ claimId: second.id, assigneeId: editor.user.id });
    const received = await smtp.waitFor(before + 1);
    expect(received[before]).toMatchObject({
      to: ["saule@desk.example.kz"],
      subject: expect.stringContaining("Астанада су өшіріледі"),
    });
  });

  it("refuses a used, an unknown, an expired and a superseded link, each with its own code", async () => {
    const { db } = database;
    const editor = await loggedIn(db, "editor");
    const { token } = await saveAddress(editor, "arman@desk.example.kz");
    await signedOut().notification.verifyEmail({ token });
    expect(await refusal(signedOut().notification.verifyEmail({ token }))).toMatchObject({
      code: "CONFLICT",
      appCode: "EMAIL_VERIFICATION_USED",
    });
    expect(await refusal(signedOut().notification.verifyEmail({ token: "not-a-token-we-sent" }))).toMatchObject({
      code: "NOT_FOUND",
      appCode: "EMAIL_VERIFICATION_UNKNOWN",
    });

    // Changing the address un-verifies it; a link sent to the earlier address proves nothing now.
    const older = await saveAddress(editor, "arman.b@desk.example.kz");
    expect(older.settings).toMatchObject({ emailVerified: false });
    const newer = await saveAddress(editor, "arman.c@desk.example.kz");
    expect(await refusal(signedOut().notification.verifyEmail({ token: older.token }))).toMatchObject({
      code: "CONFLICT",
      appCode: "EMAIL_VERIFICATION_SUPERSEDED",
    });

    await db.emailVerification.updateMany({
      where: { userId: editor.user.id, email: "arman.c@desk.example.kz" },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(await refusal(signedOut().notification.verifyEmail({ token: newer.token }))).toMatchObject({
      code: "CONFLICT",
      appCode: "EMAIL_VERIFICATION_EXPIRED",
    });
    expect(await editor.caller.notification.settings()).toMatchObject({
      emailVerified: false,
      verificationSentAt: null,
    });
    expect(
      await db.auditEvent.count({ where: { action: "notification.emailVerified", subjectId: editor.user.id } }),
    ).toBe(1);
  });

  it("sends a new link on request, and says why it cannot", async () => {
    const { db } = database;
    const editor = await loggedIn(db, "editor");
    expect(await refusal(editor.caller.notification.sendEmailVerification())).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "EMAIL_NOT_SET",
    });
    await saveAddress(editor, "dias@desk.example.kz");

    smtp.refuseNextMessages(1);
    expect(await refusal(editor.caller.notification.sendEmailVerification())).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "EMAIL_VERIFICATION_NOT_SENT",
      message: expect.stringContaining("451"),
    });
    const before = smtp.received.length;
    const { expiresAt } = await editor.caller.notification.sendEmailVerification();
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const mail = (await smtp.waitFor(before + 1))[before];
    await signedOut().notification.verifyEmail({ token: verificationToken(mail) });
    expect(await refusal(editor.caller.notification.sendEmailVerification())).toMatchObject({
      code: "CONFLICT",
      appCode: "EMAIL_ALREADY_VERIFIED",
    });
  });

  it("lets an admin set a colleague's address, which only its owner's opening the link verifies", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const reviewer = await loggedIn(db, "reviewer");
    expect(
      await refusal(reviewer.caller.user.setEmail({ userId: admin.user.id, email: "elsewhere@example.kz" })),
    ).toMatchObject({ code: "FORBIDDEN" });

    const before = smtp.received.length;
    expect(await admin.caller.user.setEmail({ userId: reviewer.user.id, email: "zhanar@desk.example.kz" })).toEqual({
      verificationSent: true,
    });
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail?.to).toEqual(["zhanar@desk.example.kz"]);
    expect(await reviewer.caller.notification.settings()).toMatchObject({
      email: "zhanar@desk.example.kz",
      emailVerified: false,
    });
    await signedOut().notification.verifyEmail({ token: verificationToken(mail) });
    expect(await reviewer.caller.notification.settings()).toMatchObject({ emailVerified: true });
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { action: "notification.emailSet", subjectId: reviewer.user.id },
        select: { actorId: true },
      }),
    ).toEqual({ actorId: admin.user.id });
    expect(
      await refusal(
        admin.caller.user.setEmail({ userId: "00000000-0000-4000-8000-000000000000", email: "x@desk.example.kz" }),
      ),
    ).toMatchObject({ appCode: "USER_NOT_FOUND" });
  });
});
