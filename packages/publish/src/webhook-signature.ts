import { createHmac } from "node:crypto";

/** The header every webhook delivery carries. */
export const WEBHOOK_SIGNATURE_HEADER = "Tekser-Signature";

/**
 * `Tekser-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` where the HMAC key is the
 * webhook's secret and the message is `<t>.<raw request body>`. Signing the timestamp with the
 * body lets a receiver reject old deliveries replayed later (we suggest a 5-minute window).
 */
export function webhookSignatureHeader(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac("sha256", secret).update(`${timestampSeconds}.${body}`, "utf8").digest("hex");
  return `t=${timestampSeconds},v1=${mac}`;
}
