import { receiveWebhookUpdate, TELEGRAM_WEBHOOK_PATH, type OutboundPolicy, type PublishingDeps } from "@tekser/domain";
import type { Db } from "@tekser/db";
import type { FastifyInstance } from "fastify";

/**
 * Where Telegram posts the bot's updates while the desk chose webhook delivery: the same handling
 * as long polling, once per update. A post without the secret Telegram was given is refused
 * before the update is read; anything else is answered 200, or Telegram would send it again.
 */
export function registerTelegramWebhookRoute(
  app: FastifyInstance,
  db: Db,
  publishing: PublishingDeps,
  outbound: OutboundPolicy,
): void {
  app.post(TELEGRAM_WEBHOOK_PATH, async (request, reply) => {
    const secret = request.headers["x-telegram-bot-api-secret-token"];
    const outcome = await receiveWebhookUpdate(
      { db, jobs: publishing.jobs, outbound, log: (message) => request.log.warn(message) },
      typeof secret === "string" ? secret : undefined,
      request.body,
    );
    if (outcome === "refused") return reply.code(401).send({ ok: false });
    return reply.code(200).send({ ok: true });
  });
}
