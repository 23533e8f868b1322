import { randomBytes } from "node:crypto";
import type { TTiplineStatus, TUpdateTiplineSettingsInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { AppError } from "../shared/errors.ts";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { TelegramBotApi } from "./bot-api.ts";

const ROW = "tipline";
const settingsSelect = {
  botToken: true,
  apiBaseUrl: true,
  senderKey: true,
  updateOffset: true,
  webhookSecret: true,
} as const;

/** The path Telegram posts updates to while webhook delivery is on. */
export const TELEGRAM_WEBHOOK_PATH = "/tipline/telegram-webhook";

export interface TiplineSettings {
  botToken: string | null;
  apiBaseUrl: string;
  senderKey: string;
  updateOffset: bigint;
  webhookSecret: string | null;
}

/** The tipline's row, created on first use with a fresh random sender key. */
export async function tiplineSettings(db: Db): Promise<TiplineSettings> {
  const existing = await db.tiplineSettings.findUnique({ where: { id: ROW }, select: settingsSelect });
  if (existing) return existing;
  return db.tiplineSettings.upsert({
    where: { id: ROW },
    create: { id: ROW, senderKey: randomBytes(32).toString("base64url") },
    update: {},
    select: settingsSelect,
  });
}

/** What the dashboard may show: whether a token is set, never the token nor the webhook secret. */
const shown = (settings: TiplineSettings): TTiplineStatus => ({
  botTokenSet: settings.botToken !== null,
  apiBaseUrl: settings.apiBaseUrl,
  delivery: settings.webhookSecret === null ? "polling" : "webhook",
});

export async function tiplineStatus(db: Db): Promise<TTiplineStatus> {
  return shown(await tiplineSettings(db));
}

/** How the settings reach Telegram when delivery changes. */
export interface TiplineSettingsDeps {
  outbound: OutboundPolicy;
  /** The server's public address: Telegram posts to it plus TELEGRAM_WEBHOOK_PATH. */
  baseUrl: string;
}

/**
 * Sets the bot token (null removes it), the Bot API address and how updates are delivered. Webhook
 * delivery is switched on with setWebhook (a fresh secret each time) and off with deleteWebhook
 * before anything is stored, so a refusal by Telegram changes nothing. A removed or new token
 * takes the webhook down from the old bot. The audit event records that the token changed and the
 * delivery, never the token or the secret. A new token starts reading updates from the beginning.
 */
export async function updateTiplineSettings(
  db: Db,
  actor: Actor,
  patch: TUpdateTiplineSettingsInput,
  deps: TiplineSettingsDeps,
): Promise<TTiplineStatus> {
  const before = await tiplineSettings(db);
  const tokenChanged = patch.botToken !== undefined && patch.botToken !== before.botToken;
  const botToken = patch.botToken === undefined ? before.botToken : patch.botToken;
  const apiBaseUrl = patch.apiBaseUrl ?? before.apiBaseUrl;
  const wasWebhook = before.webhookSecret !== null;
  // A removed token leaves nothing to deliver to: back to polling, which then reads nothing.
  const webhook = botToken !== null && (patch.delivery ?? (wasWebhook ? "webhook" : "polling")) === "webhook";
  if (patch.delivery === "webhook" && botToken === null)
    throw new AppError("TIPLINE_NO_BOT_TOKEN", "Webhook delivery needs a bot token");
  let webhookSecret = webhook ? before.webhookSecret : null;
  if (wasWebhook && before.botToken) {
    const oldBot = new TelegramBotApi(before.apiBaseUrl, before.botToken, deps.outbound);
    // Back to polling on the same bot, the webhook must go (Telegram refuses getUpdates while it
    // is set). A replaced or removed token may have been revoked: the old bot is told if it can be.
    if (!tokenChanged && !webhook) await onBotApi("deleteWebhook", oldBot.deleteWebhook());
    else if (tokenChanged) await oldBot.deleteWebhook().catch(() => undefined);
  }
  if (webhook && botToken && (!wasWebhook || tokenChanged || apiBaseUrl !== before.apiBaseUrl)) {
    webhookSecret = randomBytes(32).toString("base64url");
    const url = `${deps.baseUrl.replace(/\/+$/, "")}${TELEGRAM_WEBHOOK_PATH}`;
    await onBotApi(
      "setWebhook",
      new TelegramBotApi(apiBaseUrl, botToken, deps.outbound).setWebhook(url, webhookSecret),
    );
  }
  return db.$transaction(async (tx) => {
    const after = await tx.tiplineSettings.update({
      where: { id: ROW },
      data: { botToken, apiBaseUrl, webhookSecret, ...(tokenChanged ? { updateOffset: 0n } : {}) },
      select: settingsSelect,
    });
    await recordAudit(tx, actor, {
      action: "tipline.settings",
      subjectType: "tipline",
      subjectId: ROW,
      before: shown(before),
      after: { ...shown(after), tokenChanged },
    });
    return shown(after);
  });
}

async function onBotApi(method: string, call: Promise<void>): Promise<void> {
  try {
    await call;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("TIPLINE_BOT_API_REFUSED", `${method} was refused: ${reason}`, { reason });
  }
}

/**
 * Takes update `updateId` for handling, once across both deliveries and every process: the
 * offset moves past it only if it has not already, so a redelivered update (Telegram retries a
 * webhook post it got no answer to) or one a poller read too is skipped. Returns false then.
 */
export async function claimUpdate(db: Db, updateId: number): Promise<boolean> {
  const id = BigInt(updateId);
  const { count } = await db.tiplineSettings.updateMany({
    where: { id: ROW, updateOffset: { lte: id } },
    data: { updateOffset: id + 1n },
  });
  return count === 1;
}
