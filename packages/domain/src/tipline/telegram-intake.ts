import type { Db } from "@tekser/db";
import type { JobQueue } from "@tekser/jobs";
import { linkTelegramChat } from "../notifications/telegram-link.ts";
import type { TelegramBotApi } from "./bot-api.ts";
import { answerNewTip } from "./tip-answers.ts";
import { recordTip } from "./tip-intake.ts";
import {
  consentToAnswers,
  eraseSender,
  isOverTipLimit,
  senderPseudonym,
  stopAnswers,
  telegramSender,
} from "./tip-senders.ts";
import { incomingOf, type TTelegramUpdate } from "./telegram-update.ts";
import { telegramAnswerLang, TIPLINE_TEXTS } from "./tipline-texts.ts";

export type TelegramOutcome = "ignored" | "welcomed" | "stopped" | "deleted" | "refused" | "tip" | "staffLink";
const TIPLINE_ACTOR = { id: null, name: "tipline", role: null };

/**
 * Handles one update from the bot: /start and /help welcome (and give consent again), /stop
 * withdraws it, /delete erases what could reach the sender, anything else private becomes a tip, acknowledged at once in the sender's
 * language and, when its claim is already published, answered at once through the queue.
 */
export async function handleTelegramUpdate(
  db: Db,
  jobs: JobQueue | null,
  api: TelegramBotApi,
  senderKey: string,
  update: TTelegramUpdate,
): Promise<TelegramOutcome> {
  const incoming = incomingOf(update);
  if (!incoming) return "ignored";
  const { sender } = incoming;
  // A colleague linking their notifications is not a reader: no sender record, no consent.
  if (incoming.type === "staffLink") {
    await api.sendMessage(sender.chatId, await linkTelegramChat(db, incoming.secret, sender.chatId));
    return "staffLink";
  }
  const pseudonym = senderPseudonym(senderKey, "telegram", sender.userId);
  const lang = telegramAnswerLang(incoming.type === "tip" ? incoming.text : "", sender.languageCode);

  if (incoming.type === "command") {
    if (incoming.command === "stop") {
      await stopAnswers(db, pseudonym, lang);
      await api.sendMessage(sender.chatId, TIPLINE_TEXTS[lang].stopped);
      return "stopped";
    }
    if (incoming.command === "delete") {
      const known = await db.tipSender.findUnique({ where: { pseudonym }, select: { id: true } });
      if (known) await eraseSender(db, TIPLINE_ACTOR, known.id);
      await api.sendMessage(sender.chatId, TIPLINE_TEXTS[lang].deleted);
      return "deleted";
    }
    await consentToAnswers(db, pseudonym, sender.chatId, lang);
    await api.sendMessage(sender.chatId, TIPLINE_TEXTS[lang].welcome);
    return "welcomed";
  }

  const stored = await telegramSender(db, pseudonym, sender.chatId, lang);
  if (await isOverTipLimit(db, stored.id)) {
    await api.sendMessage(sender.chatId, TIPLINE_TEXTS[lang].tooMany);
    return "refused";
  }
  const { text, links, mediaRefs, forwardedFrom, sentAt } = incoming;
  const tip = await recordTip(db, {
    channel: "telegram",
    senderId: stored.id,
    lang,
    text,
    links,
    mediaRefs,
    forwardedFrom,
    sentAt,
  });
  // After /stop the sender is not written to, not even to acknowledge.
  if (!stored.consent) return "tip";
  // A lost acknowledgement is not retried: the tip is kept, and the answer still comes.
  const acknowledged = await api.sendMessage(sender.chatId, TIPLINE_TEXTS[lang].acknowledged).then(
    () => true,
    () => false,
  );
  if (acknowledged) await db.tip.update({ where: { id: tip.tipId }, data: { acknowledgedAt: new Date() } });
  if (jobs) await answerNewTip(db, jobs, tip.tipId);
  return "tip";
}
