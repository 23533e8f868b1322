import type { JobQueue } from "@tekser/jobs";
import type { ChangeHub } from "../shared/change-feed.ts";
import { deliverNotification, deliverNotificationJob, type DeliveryDeps } from "./notification-delivery.ts";
import { dispatchNotificationsJob, queuePendingDeliveries } from "./notification-dispatch.ts";

/** Deliveries this process sends at once (SMTP and the Bot API answer slowly, not heavily). */
const DELIVERY_WORKERS = 4;

/**
 * Starts this process's share of notification delivery. A new notification, announced on the
 * change feed once its transaction committed, wakes the dispatcher; a schedule every minute
 * catches any wake-up that was lost (a process that stopped in between, a listener that was away).
 * Returns a function that stops listening.
 */
export async function startNotificationDelivery(
  deps: DeliveryDeps & { jobs: JobQueue; changes: ChangeHub; log?: (message: string) => void },
): Promise<() => void> {
  const { jobs } = deps;
  await jobs.work(dispatchNotificationsJob, async () => {
    await queuePendingDeliveries(deps.db, jobs);
  });
  await jobs.work(deliverNotificationJob, ({ deliveryId }) => deliverNotification(deps, deliveryId), {
    workers: DELIVERY_WORKERS,
  });
  await jobs.schedule(dispatchNotificationsJob, "* * * * *", {});
  await jobs.send(dispatchNotificationsJob, {});
  const stop = new AbortController();
  void (async () => {
    for await (const change of deps.changes.stream(stop.signal)) {
      if ("action" in change && change.action === "notification.new") {
        await jobs
          .send(dispatchNotificationsJob, {})
          .catch((error: unknown) =>
            deps.log?.(`notifications: dispatch not queued: ${error instanceof Error ? error.message : String(error)}`),
          );
      }
    }
  })();
  return () => stop.abort();
}
