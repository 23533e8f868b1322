import type { Db } from "@tekser/db";
import type { JobQueue } from "@tekser/jobs";
import { WEBHOOK_SIGNATURE_HEADER, webhookSignatureHeader } from "@tekser/publish";
import { noticeChangeOf, noticeChangeSelect } from "../notice-changes.ts";
import { outboundFetch } from "../../shared/outbound/outbound-fetch.ts";
import { OutboundRefusedError, publicRefusalMessage, type OutboundPolicy } from "../../shared/outbound/url-guard.ts";
import { deliverWebhookJob, WEBHOOK_WORKERS } from "./delivery-job.ts";

const DELIVERY_TIMEOUT_MS = 10_000;
const ERROR_TEXT_LIMIT = 500;

/** Starts this process's webhook worker on the job queue. */
export async function startWebhookWorker(
  db: Db,
  jobs: JobQueue,
  baseUrl: string,
  outbound: OutboundPolicy,
): Promise<void> {
  await jobs.work(deliverWebhookJob, ({ deliveryId }) => attemptDelivery(db, deliveryId, baseUrl, outbound), {
    workers: WEBHOOK_WORKERS,
  });
}

/**
 * POSTs the change as JSON with its HMAC signature and records the attempt. Anything but a 2xx
 * answer throws, so the queue retries; a delivered or no-longer-wanted delivery is not sent.
 * A redirect is not followed (it counts as a failure), and the URL is checked again on every
 * attempt: its host may resolve elsewhere now than when it was registered.
 */
export async function attemptDelivery(
  db: Db,
  deliveryId: string,
  baseUrl: string,
  outbound: OutboundPolicy,
): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      deliveredAt: true,
      webhook: { select: { url: true, secret: true, active: true, token: { select: { revokedAt: true } } } },
      noticeVersion: { select: noticeChangeSelect },
    },
  });
  if (!delivery || delivery.deliveredAt) return;
  if (!delivery.webhook.active || delivery.webhook.token.revokedAt) {
    await db.webhookDelivery.update({
      where: { id: deliveryId },
      data: { lastError: "not sent: the webhook or its token was turned off" },
    });
    return;
  }
  const body = JSON.stringify({ deliveryId, ...noticeChangeOf(delivery.noticeVersion, baseUrl) });
  const signature = webhookSignatureHeader(delivery.webhook.secret, body, Math.floor(Date.now() / 1000));
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await outboundFetch(
      delivery.webhook.url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [WEBHOOK_SIGNATURE_HEADER]: signature,
          "Tekser-Delivery": deliveryId,
        },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      },
      outbound,
    );
    status = response.status;
    // Only the status is kept: the receiver's answer body is not stored or shown, so a webhook
    // aimed at an internal address cannot be used to read that address's responses.
    await response.body?.cancel();
    if (!response.ok) error = `HTTP ${response.status}`;
  } catch (caught) {
    // The newsroom reads this history: a refusal must not name the internal address its host
    // resolves to now (a DNS answer changed after registration).
    error = failureText(caught).slice(0, ERROR_TEXT_LIMIT);
  }
  const now = new Date();
  await db.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      attempts: { increment: 1 },
      lastStatus: status,
      lastError: error,
      lastAttemptAt: now,
      deliveredAt: error ? null : now,
    },
  });
  if (error) throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
}

/** A failed attempt as the newsroom may read it; a refusal at connection time is fetch's cause. */
function failureText(caught: unknown): string {
  const refusal =
    caught instanceof OutboundRefusedError
      ? caught
      : caught instanceof Error && caught.cause instanceof OutboundRefusedError
        ? caught.cause
        : null;
  if (refusal) return publicRefusalMessage(refusal);
  return caught instanceof Error ? caught.message : String(caught);
}
