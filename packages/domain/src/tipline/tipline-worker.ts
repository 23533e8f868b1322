import { timingSafeEqual } from "node:crypto";
import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { TelegramBotApi } from "./bot-api.ts";
import { handleTelegramUpdate } from "./telegram-intake.ts";
import { answerTipJob, pendingAnswer, recordAnswerAttempt } from "./tip-answers.ts";
import { parseTelegramUpdate, type TTelegramUpdate } from "./telegram-update.ts";
import { claimUpdate, tiplineSettings } from "./tipline-settings.ts";
import { answerText, tipLangOf } from "./tipline-texts.ts";

/**
 * One long poll of getUpdates per job; a successful poll queues the next at once, and a
 * schedule every minute restarts the chain after a failure or a new token. "stately" keeps one
 * poll running and at most one waiting across all server processes.
 */
export const pollTelegramJob = defineJob("tipline.poll", z.object({}), { policy: "stately", retryLimit: 0 });

/** How long one getUpdates waits for a message when none is pending. */
export const LONG_POLL_SECONDS = 25;

export interface TiplineDeps {
  db: Db;
  jobs: JobQueue | null;
  outbound: OutboundPolicy;
  log?: (message: string) => void;
}

/**
 * Reads and handles the pending updates. Returns how many were read, or null when there is nothing
 * to poll: no bot token, or Telegram delivers to the webhook (it refuses getUpdates then).
 */
export async function pollTelegramOnce(deps: TiplineDeps, waitSeconds: number): Promise<number | null> {
  const settings = await tiplineSettings(deps.db);
  if (!settings.botToken || settings.webhookSecret !== null) return null;
  const api = new TelegramBotApi(settings.apiBaseUrl, settings.botToken, deps.outbound);
  const updates = await api.getUpdates(settings.updateOffset, waitSeconds);
  for (const update of updates) await handleUpdateOnce(deps, api, settings.senderKey, update);
  return updates.length;
}

/**
 * One update posted to the webhook, checked against the secret Telegram was given. Returns
 * "refused" for a post without the secret (or while webhook delivery is off), else "handled" or
 * "duplicate" (an update already handled, which Telegram sends again when it missed our answer).
 */
export async function receiveWebhookUpdate(
  deps: TiplineDeps,
  secretHeader: string | undefined,
  body: unknown,
): Promise<"handled" | "duplicate" | "refused"> {
  const settings = await tiplineSettings(deps.db);
  if (!settings.botToken || settings.webhookSecret === null || !sameSecret(secretHeader, settings.webhookSecret))
    return "refused";
  const update = parseTelegramUpdate(body);
  if (!update) return "refused";
  const api = new TelegramBotApi(settings.apiBaseUrl, settings.botToken, deps.outbound);
  return (await handleUpdateOnce(deps, api, settings.senderKey, update)) ? "handled" : "duplicate";
}

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The path both deliveries share: each update is claimed by its id, then handled once. */
async function handleUpdateOnce(
  deps: TiplineDeps,
  api: TelegramBotApi,
  senderKey: string,
  update: TTelegramUpdate,
): Promise<boolean> {
  if (!(await claimUpdate(deps.db, update.update_id))) return false;
  try {
    await handleTelegramUpdate(deps.db, deps.jobs, api, senderKey, update);
  } catch (error) {
    // One update that cannot be handled must not stop the bot; its content is not logged.
    deps.log?.(
      `tipline: update ${update.update_id} not handled: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return true;
}

/** Sends one queued answer; throws (so the queue retries) when the Bot API does not take it. */
export async function sendTipAnswer(deps: TiplineDeps, baseUrl: string, answerId: string): Promise<void> {
  const answer = await pendingAnswer(deps.db, answerId, baseUrl);
  if (!answer) return;
  const { botToken, apiBaseUrl } = await tiplineSettings(deps.db);
  try {
    if (!botToken) throw new Error("no bot token is set");
    await new TelegramBotApi(apiBaseUrl, botToken, deps.outbound).sendMessage(
      answer.chatId,
      answerText(tipLangOf(answer.lang), answer.notice),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordAnswerAttempt(deps.db, answerId, message);
    throw new Error(`tip answer ${answerId} not sent: ${message}`, { cause: error });
  }
  await recordAnswerAttempt(deps.db, answerId, null);
}

/** Starts this process's tipline: the getUpdates chain and the answer worker. */
export async function startTipline(deps: TiplineDeps & { jobs: JobQueue }, baseUrl: string): Promise<void> {
  const { jobs } = deps;
  await jobs.work(pollTelegramJob, async () => {
    let read: number | null = null;
    try {
      read = await pollTelegramOnce(deps, LONG_POLL_SECONDS);
    } catch (error) {
      deps.log?.(`tipline: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (read !== null) await jobs.send(pollTelegramJob, {});
  });
  await jobs.work(answerTipJob, ({ answerId }) => sendTipAnswer(deps, baseUrl, answerId));
  await jobs.schedule(pollTelegramJob, "* * * * *", {});
  await jobs.send(pollTelegramJob, {});
}
