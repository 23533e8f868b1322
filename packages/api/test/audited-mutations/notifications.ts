import { mutationCase, type MutationCase } from "./world.ts";

/** A claim the reviewer assigns to the editor: the editor then has a notification to read. */
async function editorNotification(world: Parameters<MutationCase["call"]>[0]): Promise<string> {
  const claim = await world.freshClaim();
  await world.reviewer.caller.workflow.assign({ claimId: claim.id, assigneeId: world.editor.user.id });
  const { rows } = await world.editor.caller.notification.list({ unreadOnly: true });
  const first = rows[0];
  if (!first) throw new Error("the assignment left the editor no notification");
  return first.id;
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
    call: (world) => world.editor.caller.notification.updatePreferences({ email: "editor@desk.example.kz", emailKinds: ["mentioned"], telegramKinds: [] }),
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
    call: (world) => world.admin.caller.notification.updateMailSettings({ host: "smtp.desk.example.kz", port: 587, fromAddress: "tekser@desk.example.kz" }),
  },
};
