import { ZNotificationDetail, ZNotificationKind, ZUiLocale } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { defineJob } from "@tekser/jobs";
import { z } from "zod";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { TelegramBotApi } from "../tipline/bot-api.ts";
import { tiplineSettings } from "../tipline/tipline-settings.ts";
import { sendMail } from "./mail-sender.ts";
import { mailSettings } from "./mail-settings.ts";
import { notificationEmail, notificationTelegramText } from "./notification-message.ts";

/**
 * One delivery (one notification on one channel) per job. A failed send throws and pg-boss
 * retries with exponential back-off (2 s, 4 s, … 8 times), as for webhooks and tip answers.
 */
export const deliverNotificationJob = defineJob("notification.deliver", z.object({ deliveryId: z.uuid() }), {
  retryLimit: 8,
  retryDelay: 2,
  retryBackoff: true,
});

export interface DeliveryDeps {
  db: Db;
  outbound: OutboundPolicy;
  /** The dashboard's public address, for the link to the claim. */
  baseUrl: string;
}

async function pendingDelivery(db: Db, deliveryId: string) {
  const delivery = await db.notificationDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      channel: true,
      sentAt: true,
      notification: {
        select: {
          kind: true,
          claimId: true,
          actorId: true,
          detail: true,
          user: {
            select: {
              locale: true,
              active: true,
              notificationProfile: { select: { email: true, emailVerifiedAt: true, telegramChatId: true } },
            },
          },
        },
      },
    },
  });
  if (!delivery || delivery.sentAt || !delivery.notification.user.active) return null;
  const { notification } = delivery;
  const actor = notification.actorId
    ? await db.user.findUnique({ where: { id: notification.actorId }, select: { displayName: true } })
    : null;
  const locale = ZUiLocale.catch("kk").parse(notification.user.locale);
  return {
    channel: delivery.channel,
    locale,
    profile: notification.user.notificationProfile,
    message: {
      kind: ZNotificationKind.parse(notification.kind),
      claimId: notification.claimId,
      actor,
      detail: ZNotificationDetail.parse(notification.detail),
    },
  };
}

async function recordAttempt(db: Db, deliveryId: string, error: string | null): Promise<void> {
  await db.notificationDelivery.update({
    where: { id: deliveryId },
    data: { attempts: { increment: 1 }, lastError: error, ...(error ? {} : { sentAt: new Date() }) },
  });
}

async function send(
  deps: DeliveryDeps,
  delivery: NonNullable<Awaited<ReturnType<typeof pendingDelivery>>>,
): Promise<void> {
  const { profile, locale, message } = delivery;
  if (delivery.channel === "email") {
    if (!profile?.email) throw new Error("the recipient has no e-mail address any more");
    await sendMail(await mailSettings(deps.db), {
      to: profile.email,
      ...notificationEmail(locale, message, deps.baseUrl),
    });
    return;
  }
  if (!profile?.telegramChatId) throw new Error("the recipient's Telegram chat is no longer linked");
  const { botToken, apiBaseUrl } = await tiplineSettings(deps.db);
  if (!botToken) throw new Error("no bot token is set");
  await new TelegramBotApi(apiBaseUrl, botToken, deps.outbound).sendMessage(
    profile.telegramChatId,
    notificationTelegramText(locale, message, deps.baseUrl),
  );
}

/**
 * Sends one queued delivery; throws (so the queue retries) when the channel does not take it.
 * A delivery already sent, or to a deactivated account, is skipped; one to an address no longer
 * verified is given up with the reason.
 */
export async function deliverNotification(deps: DeliveryDeps, deliveryId: string): Promise<void> {
  const delivery = await pendingDelivery(deps.db, deliveryId);
  if (!delivery) return;
  if (delivery.channel === "email" && delivery.profile?.email && !delivery.profile.emailVerifiedAt) {
    // The address changed after the notification was written: no retry will verify it.
    await recordAttempt(deps.db, deliveryId, "the recipient's e-mail address is not verified");
    return;
  }
  try {
    await send(deps, delivery);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordAttempt(deps.db, deliveryId, message);
    throw new Error(`notification delivery ${deliveryId} (${delivery.channel}) failed: ${message}`, { cause: error });
  }
  await recordAttempt(deps.db, deliveryId, null);
}
