import { ZNotificationKind, type TNotificationPreferences, type TNotificationSettings } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { channelsSetUp } from "./channels-set-up.ts";
import { issueVerificationLink, mailVerificationLink } from "./email-verification.ts";
import { MailError } from "./mail-sender.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";

const profileSelect = {
  email: true,
  emailVerifiedAt: true,
  emailKinds: true,
  telegramKinds: true,
  telegramChatId: true,
} as const;
const kinds = (stored: string[]) => stored.flatMap((kind) => ZNotificationKind.safeParse(kind).data ?? []);

/** The newest link sent to the address that can still be opened. */
async function liveLinkSentAt(db: Db, userId: string, email: string): Promise<string | null> {
  const link = await db.emailVerification.findFirst({
    where: { userId, email, usedAt: null, sentAt: { not: null }, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { sentAt: true },
  });
  return link?.sentAt?.toISOString() ?? null;
}

/** The user's own delivery choices and which channels the desk has set up. */
export async function notificationSettings(db: Db, userId: string): Promise<TNotificationSettings> {
  const [profile, setUp] = await Promise.all([
    db.notificationProfile.findUnique({ where: { userId }, select: profileSelect }),
    channelsSetUp(db),
  ]);
  const emailVerified = Boolean(profile?.email && profile.emailVerifiedAt);
  return {
    email: profile?.email ?? "",
    emailVerified,
    verificationSentAt: profile?.email && !emailVerified ? await liveLinkSentAt(db, userId, profile.email) : null,
    emailKinds: kinds(profile?.emailKinds ?? []),
    telegramKinds: kinds(profile?.telegramKinds ?? []),
    telegramLinked: Boolean(profile?.telegramChatId),
    emailAvailable: setUp.email,
    telegramAvailable: setUp.telegram,
  };
}

/**
 * Saves the user's own choices; the audit event records them (an address is the user's own to
 * see). A new address is unverified, and a link to verify it is sent once the change commits; a
 * link the SMTP server refuses is left for the user to send again from the same screen.
 */
export async function updateNotificationPreferences(
  db: Db,
  baseUrl: string,
  actor: Actor & { id: string },
  input: TNotificationPreferences,
): Promise<TNotificationSettings> {
  const data = {
    email: input.email || null,
    emailKinds: [...new Set(input.emailKinds)],
    telegramKinds: [...new Set(input.telegramKinds)],
  };
  const link = await db.$transaction(async (tx) => {
    const before = await tx.notificationProfile.findUnique({
      where: { userId: actor.id },
      select: { emailKinds: true, telegramKinds: true, email: true, emailVerifiedAt: true },
    });
    const addressChanged = (before?.email ?? null) !== data.email;
    const saved = { ...data, ...(addressChanged ? { emailVerifiedAt: null } : {}) };
    await tx.notificationProfile.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, ...saved },
      update: saved,
    });
    await recordAudit(tx, actor, {
      action: "notification.preferences",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
      before: before
        ? {
            emailKinds: before.emailKinds,
            telegramKinds: before.telegramKinds,
            emailSet: before.email !== null,
            emailVerified: before.emailVerifiedAt !== null,
          }
        : null,
      after: {
        emailKinds: data.emailKinds,
        telegramKinds: data.telegramKinds,
        emailSet: data.email !== null,
        emailVerified: addressChanged ? false : before?.emailVerifiedAt != null,
      },
    });
    return addressChanged ? issueVerificationLink(tx, actor, actor.id) : null;
  });
  if (link) {
    try {
      await mailVerificationLink(db, baseUrl, link);
    } catch (error) {
      // The choices are saved either way; the screen shows no link sent and offers to send it again.
      if (!(error instanceof MailError)) throw error;
    }
  }
  return notificationSettings(db, actor.id);
}
