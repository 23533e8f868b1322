import type { Tx } from "@tekser/db";
import type { PublishingDeps } from "../deps.ts";
import { deliverWebhookJob } from "./delivery-job.ts";

/**
 * Records a delivery for every active webhook of a non-revoked token and queues it in the same
 * transaction as the version, so a committed change is always announced and a rolled-back one
 * never is.
 */
export async function enqueueWebhookDeliveries(
  tx: Tx,
  deps: PublishingDeps,
  version: { noticeId: string; version: number },
): Promise<void> {
  const webhooks = await tx.webhook.findMany({
    where: { active: true, token: { revokedAt: null } },
    select: { id: true },
  });
  if (webhooks.length === 0) return;
  if (!deps.jobs) throw new Error("webhooks are registered but this process has no job queue to deliver them");
  for (const webhook of webhooks) {
    const delivery = await tx.webhookDelivery.create({
      data: { webhookId: webhook.id, ...version },
      select: { id: true },
    });
    await deps.jobs.send(deliverWebhookJob, { deliveryId: delivery.id }, { transaction: tx });
  }
}
