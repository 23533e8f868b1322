import type { TSetUserEmailInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";
import { issueVerificationLink, mailVerificationLink } from "./email-verification.ts";
import { MailError } from "./mail-sender.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";

/**
 * An admin sets a colleague's notification address (a member who has not signed in yet, or
 * who asked). It is unverified like any new address: the link goes to it and only its owner's
 * opening it lets mail go there, so an admin cannot direct a colleague's mail elsewhere unseen.
 */
export async function setUserEmail(
  db: Db,
  baseUrl: string,
  actor: Actor,
  input: TSetUserEmailInput,
): Promise<{ verificationSent: boolean }> {
  const email = input.email || null;
  const link = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { notificationProfile: { select: { email: true, emailVerifiedAt: true } } },
    });
    if (!user) throw new AppError("USER_NOT_FOUND", `No user with id ${input.userId}`, { userId: input.userId });
    const before = user.notificationProfile;
    const changed = (before?.email ?? null) !== email;
    const saved = { email, ...(changed ? { emailVerifiedAt: null } : {}) };
    await tx.notificationProfile.upsert({
      where: { userId: input.userId },
      create: { userId: input.userId, ...saved },
      update: saved,
    });
    await recordAudit(tx, actor, {
      action: "notification.emailSet",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: input.userId,
      before: { emailSet: (before?.email ?? null) !== null, emailVerified: Boolean(before?.emailVerifiedAt) },
      after: { emailSet: email !== null, emailVerified: changed ? false : Boolean(before?.emailVerifiedAt) },
    });
    return changed ? issueVerificationLink(tx, actor, input.userId) : null;
  });
  if (!link) return { verificationSent: false };
  try {
    await mailVerificationLink(db, baseUrl, link);
  } catch (error) {
    // The address is set either way; its owner can send the link again from their account page.
    if (!(error instanceof MailError)) throw error;
    return { verificationSent: false };
  }
  return { verificationSent: true };
}
