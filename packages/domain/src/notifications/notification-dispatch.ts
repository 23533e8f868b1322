import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import { deliverNotificationJob } from "./notification-delivery.ts";

/**
 * Queues the deliveries that committed transactions left pending. "stately" keeps one dispatch
 * running and at most one waiting across all server processes, however many wake-ups arrive.
 */
export const dispatchNotificationsJob = defineJob("notification.dispatch", z.object({}), {
  policy: "stately",
  retryLimit: 0,
});

/** Deliveries queued per round; the rest wait for the next wake-up or the minute's schedule. */
const BATCH = 200;

/**
 * Marks pending deliveries queued and sends one delivery job each, in one transaction: a delivery
 * is queued once, and never marked without its job. Returns how many were queued.
 */
export async function queuePendingDeliveries(db: Db, jobs: JobQueue): Promise<number> {
  return db.$transaction(async (tx) => {
    const pending = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "NotificationDelivery" WHERE "queuedAt" IS NULL
      ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    if (pending.length === 0) return 0;
    await tx.notificationDelivery.updateMany({
      where: { id: { in: pending.map((row) => row.id) } },
      data: { queuedAt: new Date() },
    });
    for (const { id } of pending) await jobs.send(deliverNotificationJob, { deliveryId: id }, { transaction: tx });
    return pending.length;
  });
}
