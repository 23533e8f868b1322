import { ZNotificationKind, type TNotificationPreferences, type TNotificationSettings } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { channelsSetUp } from "./channels-set-up.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";

const profileSelect = { email: true, emailKinds: true, telegramKinds: true, telegramChatId: true } as const;
const kinds = (stored: string[]) => stored.flatMap((kind) => ZNotificationKind.safeParse(kind).data ?? []);

/** The user's own delivery choices and which channels the desk has set up. */
export async function notificationSettings(db: Db, userId: string): Promise<TNotificationSettings> {
  const [profile, setUp] = await Promise.all([db.notificationProfile.findUnique({ where: { userId }, select: profileSelect }), channelsSetUp(db)]);
  return {
    email: profile?.email ?? "",
    emailKinds: kinds(profile?.emailKinds ?? []),
    telegramKinds: kinds(profile?.telegramKinds ?? []),
    telegramLinked: Boolean(profile?.telegramChatId),
    emailAvailable: setUp.email,
    telegramAvailable: setUp.telegram,
  };
}

/** Saves the user's own choices; the audit event records them (an address is the user's own to see). */
export async function updateNotificationPreferences(db: Db, actor: Actor & { id: string }, input: TNotificationPreferences): Promise<TNotificationSettings> {
  const data = { email: input.email || null, emailKinds: [...new Set(input.emailKinds)], telegramKinds: [...new Set(input.telegramKinds)] };
  await db.$transaction(async (tx) => {
    const before = await tx.notificationProfile.findUnique({ where: { userId: actor.id }, select: { emailKinds: true, telegramKinds: true, email: true } });
    await tx.notificationProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
    await recordAudit(tx, actor, {
      action: "notification.preferences",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
      before: before ? { emailKinds: before.emailKinds, telegramKinds: before.telegramKinds, emailSet: before.email !== null } : null,
      after: { emailKinds: data.emailKinds, telegramKinds: data.telegramKinds, emailSet: data.email !== null },
    });
  });
  return notificationSettings(db, actor.id);
}
