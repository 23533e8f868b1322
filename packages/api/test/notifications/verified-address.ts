import type { Db } from "@tekser/db";
import type { TNotificationPreferences } from "@tekser/contracts";
import { callerFor, type loggedIn } from "../harness.ts";
import type { LocalSmtpServer, ReceivedMail } from "../local-smtp-server.ts";

/** The token of the verification link in a message, as a mail client shows the link. */
export function verificationToken(mail: ReceivedMail | undefined): string {
  const token = /\/verify-email\?token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no verification link in the message “${mail?.subject ?? ""}”`);
  return token;
}

/**
 * Saves the user's choices with a new address, takes the verification link the local SMTP
 * server received for it and opens it signed out, as the owner would from their mailbox.
 */
export async function chooseVerifiedAddress(
  db: Db,
  smtp: LocalSmtpServer,
  user: Awaited<ReturnType<typeof loggedIn>>,
  preferences: TNotificationPreferences,
): Promise<void> {
  const before = smtp.received.length;
  await user.caller.notification.updatePreferences(preferences);
  const mail = (await smtp.waitFor(before + 1)).slice(before).find((message) => message.to.includes(preferences.email));
  await callerFor(db, null).caller.notification.verifyEmail({ token: verificationToken(mail) });
}
