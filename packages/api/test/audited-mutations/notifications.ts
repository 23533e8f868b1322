import { callerFor } from "../harness.ts";
import { LocalSmtpServer } from "../local-smtp-server.ts";
import { verificationToken } from "../notifications/verified-address.ts";
import { mutationCase, type AuditWorld, type MutationCase } from "./world.ts";

/** A claim the reviewer assigns to the editor: the editor then has a notification to read. */
async function editorNotification(world: Parameters<MutationCase["call"]>[0]): Promise<string> {
  const claim = await world.freshClaim();
  await world.reviewer.caller.workflow.assign({ claimId: claim.id, assigneeId: world.editor.user.id });
  const { rows } = await world.editor.caller.notification.list({ unreadOnly: true });
  const first = rows[0];
  if (!first) throw new Error("the assignment left the editor no notification");
  return first.id;
}

/**
 * A local SMTP server the desk sends through, and a new address for the editor, whose
 * verification link that server has received.
 */
async function editorAddressToVerify(world: AuditWorld): Promise<{ smtp: LocalSmtpServer; token: string }> {
  const smtp = new LocalSmtpServer();
  await smtp.start();
  await world.admin.caller.notification.updateMailSettings({
    host: "127.0.0.1",
    port: smtp.port,
    username: smtp.username,
    password: smtp.password,
    fromAddress: "tekser@desk.example.kz",
  });
  const email = `editor-${smtp.port}@desk.example.kz`;
  await world.editor.caller.notification.updatePreferences({ email, emailKinds: ["mentioned"], telegramKinds: [] });
  return { smtp, token: verificationToken((await smtp.waitFor(1))[0]) };
}

/** Reading one's own notifications, choosing how they are delivered, and the desk's SMTP settings. */
export const NOTIFICATION_MUTATIONS: Record<string, MutationCase> = {
  "notification.markRead": mutationCase({
    action: "notification.read",
    prepare: editorNotification,
    call: (world, id) => world.editor.caller.notification.markRead({ id }),
  }),
  "notification.markAllRead": mutationCase({
    action: "notification.readAll",
    prepare: editorNotification,
    call: (world) => world.editor.caller.notification.markAllRead(),
  }),
  "notification.updatePreferences": {
    action: "notification.preferences",
    call: (world) =>
      world.editor.caller.notification.updatePreferences({
        email: "editor@desk.example.kz",
        emailKinds: ["mentioned"],
        telegramKinds: [],
      }),
  },
  "notification.telegramLinkCode": {
    action: "notification.telegramCode",
    call: (world) => world.editor.caller.notification.telegramLinkCode(),
  },
  "notification.unlinkTelegram": {
    action: "notification.telegramUnlink",
    call: (world) => world.editor.caller.notification.unlinkTelegram(),
  },
  "notification.updateMailSettings": {
    action: "mail.settings",
    call: (world) =>
      world.admin.caller.notification.updateMailSettings({
        host: "smtp.desk.example.kz",
        port: 587,
        fromAddress: "tekser@desk.example.kz",
      }),
  },
  "notification.sendEmailVerification": mutationCase({
    action: "notification.emailVerificationSent",
    prepare: editorAddressToVerify,
    call: async (world, { smtp }) => {
      try {
        return await world.editor.caller.notification.sendEmailVerification();
      } finally {
        await smtp.stop();
      }
    },
  }),
  "notification.verifyEmail": mutationCase({
    action: "notification.emailVerified",
    prepare: async (world) => {
      const { smtp, token } = await editorAddressToVerify(world);
      await smtp.stop();
      return token;
    },
    call: (world, token) => callerFor(world.db, null).caller.notification.verifyEmail({ token }),
  }),
  "user.setEmail": {
    action: "notification.emailSet",
    call: (world) =>
      world.admin.caller.user.setEmail({ userId: world.reviewer.user.id, email: "reviewer@desk.example.kz" }),
  },
};
