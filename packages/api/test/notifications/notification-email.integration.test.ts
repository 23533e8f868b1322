import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { useMailDelivery } from "./notification-worker-harness.ts";
import { chooseVerifiedAddress } from "./verified-address.ts";

const database = useTestDatabase();

describe("[REVIEW][NOTIFICATIONS][EMAIL] notifications by e-mail through the desk's SMTP server", () => {
  const smtp = useMailDelivery(database);

  async function deskWithMail() {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    await admin.caller.notification.updateMailSettings({
      host: "127.0.0.1",
      port: smtp.port,
      username: smtp.username,
      password: smtp.password,
      fromAddress: "tekser@desk.example.kz",
    });
    const claim = await db.claim.create({
      data: { title: "Алматыда метро ертеңнен жабылады", lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    return { admin, claim };
  }

  it("mails a mention, in the recipient's language, to the address they gave, and only the kinds they chose", async () => {
    const { db } = database;
    const { admin, claim } = await deskWithMail();
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    await editor.caller.auth.setLocale({ locale: "ru" });
    await chooseVerifiedAddress(db, smtp, editor, {
      email: "dana@desk.example.kz",
      emailKinds: ["mentioned"],
      telegramKinds: [],
    });
    await chooseVerifiedAddress(db, smtp, author, {
      email: "aigerim@desk.example.kz",
      emailKinds: ["mentioned", "assigned"],
      telegramKinds: [],
    });
    const before = smtp.received.length;

    await author.caller.workflow.assign({ claimId: claim.id, assigneeId: editor.user.id });
    await author.caller.comment.add({
      claimId: claim.id,
      body: `@${editor.user.username} проверь, пожалуйста, источник`,
    });

    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail).toMatchObject({ from: "tekser@desk.example.kz", to: ["dana@desk.example.kz"] });
    expect(mail?.subject).toBe(
      `Tekser: ${author.user.displayName} упомянул(а) вас в комментарии к «Алматыда метро ертеңнен жабылады»: @${editor.user.username} проверь, пожалуйста, источник`,
    );
    expect(mail?.text).toContain(`Открыть: http://tekser.test/claims/${claim.id}`);
    // The assignment was not chosen for e-mail: it is in the bell, with no delivery at all.
    const assigned = await db.notification.findFirstOrThrow({
      where: { userId: editor.user.id, kind: "assigned" },
      select: { deliveries: true },
    });
    expect(assigned.deliveries).toEqual([]);
    // The server answered before the worker wrote down that it did.
    await expect
      .poll(
        () =>
          db.notificationDelivery.findFirst({ where: { notification: { userId: editor.user.id, kind: "mentioned" } } }),
        { timeout: 10_000 },
      )
      .toMatchObject({ channel: "email", attempts: 1, lastError: null, sentAt: expect.any(Date) });
    expect(smtp.loginsRefused).toEqual([]);

    // What an admin sees of the settings, and what the audit log keeps: never the password.
    expect(await admin.caller.notification.mailStatus()).toEqual({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      username: smtp.username,
      passwordSet: true,
      fromAddress: "tekser@desk.example.kz",
    });
    const audit = await db.auditEvent.findMany({
      where: { action: "mail.settings" },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(audit)).not.toContain(smtp.password);
  });

  it("retries a message the server refused, and it arrives once", async () => {
    const { db } = database;
    const { claim } = await deskWithMail();
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    await chooseVerifiedAddress(db, smtp, editor, {
      email: "bolat@desk.example.kz",
      emailKinds: ["assigned"],
      telegramKinds: [],
    });
    const before = smtp.received.length;
    smtp.refuseNextMessages(1);

    await author.caller.workflow.assign({ claimId: claim.id, assigneeId: editor.user.id });

    const received = await smtp.waitFor(before + 1);
    expect(received.slice(before)).toMatchObject([
      {
        to: ["bolat@desk.example.kz"],
        subject: expect.stringContaining("сізге «Алматыда метро ертеңнен жабылады» мәлімдемесін тапсырды"),
      },
    ]);
    await expect
      .poll(() => db.notificationDelivery.findFirst({ where: { notification: { userId: editor.user.id } } }), {
        timeout: 10_000,
      })
      .toMatchObject({ attempts: 2, lastError: null, sentAt: expect.any(Date) });
  });
});
