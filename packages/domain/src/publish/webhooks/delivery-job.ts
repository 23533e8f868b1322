import { defineJob } from "@tekser/jobs";
import { z } from "zod";

/**
 * One webhook delivery attempt per job. A failed attempt throws, and pg-boss retries with
 * exponential back-off (2 s, 4 s, 8 s, … with jitter) up to 8 times, about 8 minutes in all.
 */
export const deliverWebhookJob = defineJob("webhook.deliver", z.object({ deliveryId: z.uuid() }), {
  retryLimit: 8,
  retryDelay: 2,
  retryBackoff: true,
});
