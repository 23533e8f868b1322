import type { TNotificationChannel, TNotificationDetail, TNotificationKind } from "@tekser/contracts";
import type { Tx } from "@tekser/db";
import type { Actor } from "../audit/audit-log.ts";
import { notifyChanges } from "../shared/change-feed.ts";
import { channelsSetUp } from "./channels-set-up.ts";

export interface NewNotification {
  userId: string;
  kind: TNotificationKind;
  claimId?: string | null;
  detail?: TNotificationDetail;
}

/** The change-feed subject of a user's own notifications: it reaches that user's dashboards alone. */
export const NOTIFICATION_SUBJECT = "notification";

/**
 * Writes notifications in the transaction of the change that causes them, so they exist exactly
 * when it commits, with one pending delivery per channel the recipient chose for the kind. The
 * sending happens later, from the job queue (notification-dispatch.ts), never in this
 * transaction. Nobody is notified of their own action.
 */
export async function notifyUsers(tx: Tx, actor: Actor, entries: readonly NewNotification[]): Promise<void> {
  const seen = new Set<string>();
  const recipients = entries.filter((entry) => {
    const key = `${entry.userId}:${entry.kind}:${entry.claimId ?? ""}`;
    if (entry.userId === actor.id || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (recipients.length === 0) return;
  const profiles = await tx.notificationProfile.findMany({
    where: { userId: { in: recipients.map((entry) => entry.userId) } },
    select: { userId: true, email: true, emailKinds: true, telegramChatId: true, telegramKinds: true },
  });
  const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
  const setUp = await channelsSetUp(tx);
  const changes = [];
  for (const entry of recipients) {
    const profile = profileOf.get(entry.userId);
    const channels: TNotificationChannel[] = [];
    if (setUp.email && profile?.email && profile.emailKinds.includes(entry.kind)) channels.push("email");
    if (setUp.telegram && profile?.telegramChatId && profile.telegramKinds.includes(entry.kind)) channels.push("telegram");
    const notification = await tx.notification.create({
      data: {
        userId: entry.userId,
        kind: entry.kind,
        claimId: entry.claimId ?? null,
        actorId: actor.id,
        detail: entry.detail ?? {},
        deliveries: { create: channels.map((channel) => ({ channel })) },
      },
      select: { id: true },
    });
    changes.push({ seq: notification.id, action: "notification.new", subjectType: NOTIFICATION_SUBJECT, subjectId: entry.userId, actorId: actor.id });
  }
  await notifyChanges(tx, changes);
}

/** A claim's title as notifications quote it. */
export async function claimTitle(tx: Tx, claimId: string): Promise<string> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { title: true } });
  return claim?.title ?? "";
}
