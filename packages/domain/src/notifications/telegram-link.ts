import { createHash, randomInt } from "node:crypto";
import { ZUiLocale, type TUiLocale } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { NOTIFICATION_SUBJECT } from "./notification-create.ts";

/** How long a link code may wait for the user to send it to the bot. */
const CODE_MINUTES = 15;
/** Letters and digits that cannot be misread for each other (no 0/O, 1/I/L). */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
/** Staff link codes start with this, so the bot tells them from a reader's /start. */
export const LINK_CODE_PREFIX = "link-";

const hashOf = (code: string) => createHash("sha256").update(code.toUpperCase(), "utf8").digest("hex");

/**
 * A one-time code the user sends to the desk's bot (`/start link-…`, or the bot's t.me link with
 * it as start parameter) to have their notifications sent to that chat. Only its hash is kept; a
 * new code replaces an unused one.
 */
export async function createTelegramLinkCode(
  db: Db,
  actor: Actor & { id: string },
): Promise<{ code: string; expiresAt: string }> {
  const secret = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const code = `${LINK_CODE_PREFIX}${secret}`;
  const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000);
  const data = { telegramCodeHash: hashOf(secret), telegramCodeUntil: expiresAt };
  await db.$transaction(async (tx) => {
    await tx.notificationProfile.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, ...data },
      update: data,
    });
    await recordAudit(tx, actor, {
      action: "notification.telegramCode",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
      after: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { code, expiresAt: expiresAt.toISOString() };
}

/** Stops Telegram delivery to the user's chat. */
export async function unlinkTelegram(db: Db, actor: Actor & { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.notificationProfile.updateMany({
      where: { userId: actor.id },
      data: { telegramChatId: null, telegramCodeHash: null, telegramCodeUntil: null },
    });
    await recordAudit(tx, actor, {
      action: "notification.telegramUnlink",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: actor.id,
    });
  });
}

const LINK_TEXTS: Record<TUiLocale | "unknown", string> = {
  kk: "Дайын: Tekser хабарландырулары осы чатқа келеді. Қайсысы келетінін «Менің аккаунтым» бетінде таңдаңыз.",
  ru: "Готово: уведомления Tekser будут приходить в этот чат. Какие именно — выберите на странице «Мой аккаунт».",
  en: "Done: Tekser notifications will come to this chat. Choose which ones on your My account page.",
  unknown: "Бұл код жарамсыз немесе мерзімі өтті. / Код неверный или устарел. / This code is unknown or has expired.",
};

/**
 * Links the chat a code came from to the code's user, when the code is live; consumed either way
 * it matched. Returns the reply for the chat, in the user's language.
 */
export async function linkTelegramChat(db: Db, secret: string, chatId: string): Promise<string> {
  const profile = await db.notificationProfile.findUnique({
    where: { telegramCodeHash: hashOf(secret) },
    select: { userId: true, telegramCodeUntil: true, user: { select: { locale: true, active: true, username: true } } },
  });
  if (!profile?.telegramCodeUntil || profile.telegramCodeUntil < new Date() || !profile.user.active)
    return LINK_TEXTS.unknown;
  const actor = { id: profile.userId, name: profile.user.username, role: null };
  await db.$transaction(async (tx) => {
    await tx.notificationProfile.update({
      where: { userId: profile.userId },
      data: { telegramChatId: chatId, telegramCodeHash: null, telegramCodeUntil: null },
    });
    await recordAudit(tx, actor, {
      action: "notification.telegramLinked",
      subjectType: NOTIFICATION_SUBJECT,
      subjectId: profile.userId,
    });
  });
  return LINK_TEXTS[ZUiLocale.catch("kk").parse(profile.user.locale)];
}
