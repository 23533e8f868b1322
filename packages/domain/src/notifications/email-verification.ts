import { randomBytes } from "node:crypto";
import { ZUiLocale } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { hashToken } from "../accounts/sessions.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";
import { channelsSetUp } from "./channels-set-up.ts";
import { MailError, sendMail } from "./mail-sender.ts";
import { mailSettings } from "./mail-settings.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";
import { verificationEmail } from "./verification-email.ts";

/** Long enough to reach a mailbox checked once a day, short enough that an old message is harmless. */
const LINK_HOURS = 24;

interface IssuedLink {
  userId: string;
  email: string;
  token: string;
  expiresAt: Date;
}

/**
 * Records a new link for the user's current address (only its hash), audited, in the caller's
 * transaction; the message goes out after commit (`mailVerificationLink`), so a slow SMTP server
 * never holds the transaction. Null when there is nothing to verify or no way to send.
 */
export async function issueVerificationLink(tx: Tx, actor: Actor, userId: string): Promise<IssuedLink | null> {
  const profile = await tx.notificationProfile.findUnique({
    where: { userId },
    select: { email: true, emailVerifiedAt: true },
  });
  if (!profile?.email || profile.emailVerifiedAt || !(await channelsSetUp(tx)).email) return null;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + LINK_HOURS * 3_600_000);
  await tx.emailVerification.create({ data: { tokenHash: hashToken(token), userId, email: profile.email, expiresAt } });
  // The address itself stays out of the audit log, which auditors read; the link's life is enough.
  await recordAudit(tx, actor, {
    action: "notification.emailVerificationSent",
    subjectType: NOTIFICATION_SUBJECT,
    subjectId: userId,
    after: { expiresAt: expiresAt.toISOString() },
  });
  return { userId, email: profile.email, token, expiresAt };
}

/** Sends the link through the desk's SMTP server and notes that it was accepted; throws MailError when refused. */
export async function mailVerificationLink(db: Db, baseUrl: string, link: IssuedLink): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: link.userId }, select: { locale: true } });
  await sendMail(await mailSettings(db), {
    to: link.email,
    ...verificationEmail(ZUiLocale.catch("kk").parse(user.locale), baseUrl, link.token, link.expiresAt),
  });
  await db.emailVerification.update({ where: { tokenHash: hashToken(link.token) }, data: { sentAt: new Date() } });
}

/** The user asks for a (new) link to their address; the refusals say what to do instead. */
export async function sendEmailVerification(
  db: Db,
  baseUrl: string,
  actor: Actor & { id: string },
): Promise<{ expiresAt: string }> {
  const link = await db.$transaction(async (tx) => {
    const profile = await tx.notificationProfile.findUnique({
      where: { userId: actor.id },
      select: { email: true, emailVerifiedAt: true },
    });
    if (!profile?.email) throw new AppError("EMAIL_NOT_SET", "There is no e-mail address to verify; save one first");
    if (profile.emailVerifiedAt) throw new AppError("EMAIL_ALREADY_VERIFIED", "This address is already verified");
    const issued = await issueVerificationLink(tx, actor, actor.id);
    if (!issued) throw new AppError("MAIL_NOT_SET_UP", "The desk has not set up e-mail (no SMTP server)");
    return issued;
  });
  try {
    await mailVerificationLink(db, baseUrl, link);
  } catch (error) {
    if (!(error instanceof MailError)) throw error;
    throw new AppError("EMAIL_VERIFICATION_NOT_SENT", `The verification link could not be sent: ${error.message}`, {
      reason: error.message,
    });
  }
  return { expiresAt: link.expiresAt.toISOString() };
}

/**
 * Opens a link: once, before it expires, and only while the address it was sent to is still the
 * account's. Needs no sign-in (the link may be opened on a phone), so the token is the proof and
 * the event is recorded as the account's owner acting.
 */
export async function verifyEmail(db: Db, token: string): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const [link] = await tx.$queryRaw<{ userId: string; email: string; expiresAt: Date; usedAt: Date | null }[]>`
      SELECT "userId"::text AS "userId", "email", "expiresAt", "usedAt" FROM "EmailVerification" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
    if (!link) throw new AppError("EMAIL_VERIFICATION_UNKNOWN", "No verification link has this token");
    if (link.usedAt)
      throw new AppError("EMAIL_VERIFICATION_USED", "This link has already verified the address", {
        usedAt: link.usedAt.toISOString(),
      });
    if (link.expiresAt < new Date())
      throw new AppError("EMAIL_VERIFICATION_EXPIRED", "This link has expired; send a new one", {
        expiredAt: link.expiresAt.toISOString(),
      });
    const owner = await tx.user.findUniqueOrThrow({
      where: { id: link.userId },
      select: { username: true, role: true, active: true, notificationProfile: { select: { email: true } } },
    });
    if (!owner.active) throw new AppError("EMAIL_VERIFICATION_UNKNOWN", "No verification link has this token");
    if (owner.notificationProfile?.email !== link.email)
      throw new AppError("EMAIL_VERIFICATION_SUPERSEDED", "The account's address changed after this link was sent");
    const now = new Date();
    await tx.emailVerification.update({ where: { tokenHash: hashToken(token) }, data: { usedAt: now } });
    await tx.notificationProfile.update({ where: { userId: link.userId }, data: { emailVerifiedAt: now } });
    await recordAudit(
      tx,
      { id: link.userId, name: owner.username, role: owner.role },
      { action: "notification.emailVerified", subjectType: NOTIFICATION_SUBJECT, subjectId: link.userId },
    );
    return { email: link.email };
  });
}
