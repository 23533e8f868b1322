import type { TNotificationChannel, TNotificationDetail, TNotificationKind } from "@tekser/contracts";
import type { SqlRunner } from "@tekser/db";
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

interface Profile {
  userId: string;
  email: string | null;
  emailVerified: boolean;
  emailKinds: string[];
  telegramChatId: string | null;
  telegramKinds: string[];
}

function channelsFor(
  entry: NewNotification,
  profile: Profile | undefined,
  setUp: { email: boolean; telegram: boolean },
): TNotificationChannel[] {
  const channels: TNotificationChannel[] = [];
  if (setUp.email && profile?.email && profile.emailVerified && profile.emailKinds.includes(entry.kind))
    channels.push("email");
  if (setUp.telegram && profile?.telegramChatId && profile.telegramKinds.includes(entry.kind))
    channels.push("telegram");
  return channels;
}

/**
 * Writes notifications in the transaction of the change that causes them, so they exist exactly
 * when it commits, with one pending delivery per channel the recipient chose for the kind (e-mail only to a
 * verified address). The
 * sending happens later, from the job queue (notification-dispatch.ts), never in this
 * transaction. Nobody is notified of their own action. Plain SQL, so that the ingest's SQL
 * transaction can call it as well as a Prisma one.
 */
export async function notifyUsers(tx: SqlRunner, actor: Actor, entries: readonly NewNotification[]): Promise<void> {
  const seen = new Set<string>();
  const recipients = entries.filter((entry) => {
    const key = `${entry.userId}:${entry.kind}:${entry.claimId ?? ""}`;
    if (entry.userId === actor.id || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (recipients.length === 0) return;
  const profiles = await tx.$queryRaw<Profile[]>`
    SELECT "userId"::text AS "userId", "email", "emailVerifiedAt" IS NOT NULL AS "emailVerified", "emailKinds", "telegramChatId", "telegramKinds" FROM "NotificationProfile"
    WHERE "userId" = ANY(${recipients.map((entry) => entry.userId)}::uuid[])`;
  const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
  const setUp = await channelsSetUp(tx);
  const rows = await tx.$queryRaw<{ id: string; userId: string }[]>`
    INSERT INTO "Notification" ("id", "userId", "kind", "claimId", "actorId", "detail")
    SELECT gen_random_uuid(), v."userId", v."kind", v."claimId", ${actor.id}::uuid, v."detail"
    FROM unnest(${recipients.map((entry) => entry.userId)}::uuid[], ${recipients.map((entry) => entry.kind)}::text[],
                ${recipients.map((entry) => entry.claimId ?? null)}::uuid[], ${recipients.map((entry) => JSON.stringify(entry.detail ?? {}))}::jsonb[])
      WITH ORDINALITY AS v("userId", "kind", "claimId", "detail", "position")
    ORDER BY v."position"
    RETURNING "id"::text AS "id", "userId"::text AS "userId"`;
  const deliveries = rows.flatMap((row, index) => {
    const entry = recipients[index];
    return entry
      ? channelsFor(entry, profileOf.get(entry.userId), setUp).map((channel) => ({ notificationId: row.id, channel }))
      : [];
  });
  if (deliveries.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "NotificationDelivery" ("id", "notificationId", "channel")
      SELECT gen_random_uuid(), v."notificationId", v."channel"
      FROM unnest(${deliveries.map((row) => row.notificationId)}::uuid[], ${deliveries.map((row) => row.channel)}::text[]) AS v("notificationId", "channel")`;
  }
  await notifyChanges(
    tx,
    rows.map((row) => ({
      seq: row.id,
      action: "notification.new",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: row.userId,
      actorId: actor.id,
    })),
  );
}

/** A claim's title as notifications quote it. */
export async function claimTitle(tx: SqlRunner, claimId: string): Promise<string> {
  const [claim] = await tx.$queryRaw<{ title: string }[]>`SELECT "title" FROM "Claim" WHERE "id" = ${claimId}::uuid`;
  return claim?.title ?? "";
}
