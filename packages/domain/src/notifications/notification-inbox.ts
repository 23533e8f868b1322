import { ZNotificationDetail, ZNotificationKind, type TNotificationList } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";

/** The newest notifications the bell lists; older ones stay in the database. */
const LIST_LIMIT = 50;

const notificationSelect = {
  id: true,
  kind: true,
  claimId: true,
  actorId: true,
  detail: true,
  createdAt: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;

/** A user's own notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: Db,
  userId: string,
  { unreadOnly }: { unreadOnly: boolean },
): Promise<TNotificationList> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
      select: notificationSelect,
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const actors = actorIds.length
    ? await db.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, username: true, displayName: true },
      })
    : [];
  const actorOf = new Map(actors.map(({ id, ...actor }) => [id, actor]));
  return {
    unread,
    rows: rows.map((row) => ({
      id: row.id,
      kind: ZNotificationKind.parse(row.kind),
      claimId: row.claimId,
      actor: row.actorId ? (actorOf.get(row.actorId) ?? null) : null,
      detail: ZNotificationDetail.parse(row.detail),
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
  };
}

/** Marks one of the user's own notifications read; someone else's is not found. */
export async function markNotificationRead(
  db: Db,
  actor: Actor & { id: string },
  notificationId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.notification.updateMany({
      where: { id: notificationId, userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (updated.count === 0) {
      const exists = await tx.notification.count({ where: { id: notificationId, userId: actor.id } });
      if (!exists)
        throw new AppError("NOTIFICATION_NOT_FOUND", `No notification of yours with id ${notificationId}`, {
          notificationId,
        });
    }
    await recordAudit(tx, actor, {
      action: "notification.read",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
      after: { notificationId },
    });
  });
}

/** Marks every unread notification of the user read. */
export async function markAllNotificationsRead(db: Db, actor: Actor & { id: string }): Promise<{ marked: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    await recordAudit(tx, actor, {
      action: "notification.readAll",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
      after: { marked: count },
    });
    return { marked: count };
  });
}
