import nodemailer from "nodemailer";
import type { MailSettings } from "./mail-settings.ts";

/** How long a dead or silent SMTP server may hold a delivery before it fails and is retried. */
const SMTP_TIMEOUT_MS = 20_000;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** SMTP refused or unreachable; the message names the stage, never the password. */
export class MailError extends Error {}

/**
 * Sends one message through the desk's SMTP server. The server is the desk's own infrastructure,
 * set by an admin (like the database), so it is not held to the outbound guard for public
 * addresses. STARTTLS is used when the server offers it; `secure` means TLS from the start (465).
 */
export async function sendMail(settings: MailSettings, message: MailMessage): Promise<void> {
  if (!settings.host || !settings.fromAddress)
    throw new MailError("e-mail is not set up (no SMTP host or sender address)");
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.username ? { auth: { user: settings.username, pass: settings.password ?? "" } } : {}),
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
    logger: false,
  });
  try {
    await transport.sendMail({
      from: settings.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  } catch (error) {
    // nodemailer's message carries the server's answer (e.g. "550 mailbox unavailable"), not the password.
    throw new MailError(
      `SMTP ${settings.host}:${settings.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    transport.close();
  }
}
