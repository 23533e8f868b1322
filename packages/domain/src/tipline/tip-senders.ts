import { createHmac } from "node:crypto";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "../audit/audit-log.ts";

/** Per sender, whatever the channel: more tips than this in an hour are refused. */
export const TIPS_PER_SENDER_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The sender's pseudonymous id: an HMAC under the desk's key of the channel and the Telegram user
 * id (or the web client's address). Tips of one person link up without the id being stored.
 */
export function senderPseudonym(senderKey: string, channel: "telegram" | "web", id: string): string {
  return createHmac("sha256", senderKey).update(`${channel}:${id}`).digest("hex");
}

/**
 * The Telegram sender of a message, created on first contact. The chat id is kept only while the
 * sender consents to answers: after /stop, messages are still taken as tips but not answered.
 */
export async function telegramSender(
  db: Db,
  pseudonym: string,
  chatId: string,
  lang: string,
): Promise<{ id: string; consent: boolean }> {
  return db.tipSender.upsert({
    where: { pseudonym },
    create: { pseudonym, channel: "telegram", chatId, lang },
    update: { lang },
    select: { id: true, consent: true },
  });
}

/** /start: the sender agrees to answers again, in this chat. */
export async function consentToAnswers(db: Db, pseudonym: string, chatId: string, lang: string): Promise<void> {
  await db.tipSender.upsert({
    where: { pseudonym },
    create: { pseudonym, channel: "telegram", chatId, lang },
    update: { chatId, lang, consent: true, erasedAt: null },
  });
}

/** /stop: no more answers, and the chat id is forgotten; remembered even before a first tip. */
export async function stopAnswers(db: Db, pseudonym: string, lang: string): Promise<void> {
  const stopped = { consent: false, chatId: null };
  await db.tipSender.upsert({
    where: { pseudonym },
    create: { pseudonym, channel: "telegram", lang, ...stopped },
    update: stopped,
  });
}

export async function isOverTipLimit(db: Db, senderId: string, now = new Date()): Promise<boolean> {
  const recent = await db.tip.count({ where: { senderId, receivedAt: { gt: new Date(now.getTime() - HOUR_MS) } } });
  return recent >= TIPS_PER_SENDER_PER_HOUR;
}

/**
 * The deletion path: removes what could reach the sender (chat id, contact left on the web
 * form) and their consent, keeping the tips' text, which is the desk's record of the claim.
 */
export async function eraseSender(db: Db, actor: Actor, senderId: string): Promise<{ tips: number }> {
  return db.$transaction(async (tx) => {
    await tx.tipSender.update({
      where: { id: senderId },
      data: { chatId: null, consent: false, erasedAt: new Date() },
    });
    const { count } = await tx.tip.updateMany({ where: { senderId }, data: { contact: null } });
    await recordAudit(tx, actor, {
      action: "tipline.sender.erase",
      subjectType: "tipSender",
      subjectId: senderId,
      after: { contactErasedFromTips: count },
    });
    return { tips: count };
  });
}
