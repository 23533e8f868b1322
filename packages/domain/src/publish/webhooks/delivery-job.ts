import { defineJob } from "@tekser/jobs";
import { z } from "zod";

/**
 * One webhook delivery attempt per job. A failed attempt throws, and pg-boss retries with
 * exponential back-off (2 s, 4 s, 8 s, … with jitter) up to 8 times, about 8 minutes in all.
 * An attempt takes at most DELIVERY_TIMEOUT_MS (10 s), so a job still active after a minute
 * lost its worker (a crash): it expires and is retried then, not after pg-boss's 15 minutes.
 * Such a job may have reached the receiver before the crash, so receivers de-duplicate on
 * `deliveryId` (README).
 */
export const deliverWebhookJob = defineJob("webhook.deliver", z.object({ deliveryId: z.uuid() }), {
  retryLimit: 8,
  retryDelay: 2,
  retryBackoff: true,
  expireInSeconds: 60,
});

/**
 * Deliveries in flight at once per server process: a slow receiver (up to the 10 s timeout)
 * no longer holds up every other newsroom's deliveries behind it.
 */
export const WEBHOOK_WORKERS = 8;
