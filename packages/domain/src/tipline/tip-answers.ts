import { ZNoticeDocument } from "@tekser/contracts";
import type { Db, Tx } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { noticeUrl } from "@tekser/publish";
import { z } from "zod";
import type { PublishingDeps } from "../publish/deps.ts";

/**
 * One answer per job, sent by the worker after the publishing transaction committed. A failed
 * send throws and pg-boss retries with exponential back-off (2 s, 4 s, … 8 times).
 */
export const answerTipJob = defineJob("tipline.answer", z.object({ answerId: z.uuid() }), {
  retryLimit: 8,
  retryDelay: 2,
  retryBackoff: true,
});

/** A sender who can be answered: consented and reachable. */
const answerable = { consent: true, chatId: { not: null } } as const;

/**
 * A tip is answered with a notice in its own language; with a notice in another language only
 * while the claim has none in the tip's language (then the desk's verdict still reaches them).
 */
function noticeFitsTip(tipLang: string, notice: { lang: string }, publishedLangs: ReadonlySet<string>): boolean {
  return notice.lang === tipLang || !publishedLangs.has(tipLang);
}

/**
 * Queues an answer to every answerable tip the change concerns, in the publishing transaction: a
 * committed notice is always sent to its tips' senders, a rolled-back one never. A publication or
 * correction goes to the tips it fits; a retraction goes to the tips that were answered with the
 * notice, since only they were told what is now withdrawn.
 */
export async function enqueueTipAnswers(
  tx: Tx,
  deps: PublishingDeps,
  version: { noticeId: string; version: number },
): Promise<void> {
  const changed = await tx.noticeVersion.findUniqueOrThrow({
    where: { noticeId_version: version },
    select: { kind: true, notice: { select: { lang: true, claimId: true } } },
  });
  const tips =
    changed.kind === "retraction" ? await tipsTold(tx, version.noticeId) : await tipsTheNoticeFits(tx, changed.notice);
  if (tips.length === 0) return;
  if (!deps.jobs) throw new Error("tips await answers but this process has no job queue to send them");
  for (const tipId of tips) {
    const answer = await tx.tipAnswer.create({ data: { tipId, ...version }, select: { id: true } });
    await deps.jobs.send(answerTipJob, { answerId: answer.id }, { transaction: tx });
  }
}

async function tipsTheNoticeFits(tx: Tx, notice: { lang: string; claimId: string }): Promise<string[]> {
  const tips = await tx.tip.findMany({
    where: { item: { claimId: notice.claimId }, sender: answerable },
    select: { id: true, lang: true },
  });
  if (tips.length === 0) return [];
  const published = await tx.notice.findMany({
    where: { claimId: notice.claimId, status: "published" },
    select: { lang: true },
  });
  const publishedLangs = new Set(published.map((other) => other.lang));
  return tips.filter((tip) => noticeFitsTip(tip.lang, notice, publishedLangs)).map((tip) => tip.id);
}

/**
 * Tips that were answered with some version of the notice, wherever their item sits now: a tip
 * moved to another claim since was still told this notice's verdict.
 */
async function tipsTold(tx: Tx, noticeId: string): Promise<string[]> {
  const tips = await tx.tip.findMany({
    where: { answers: { some: { noticeId } }, sender: answerable },
    select: { id: true },
  });
  return tips.map((tip) => tip.id);
}

/**
 * A tip that arrives on a claim already published is answered at once with the current version
 * of the fitting notice. Returns whether an answer was queued.
 */
export async function answerNewTip(db: Db, jobs: JobQueue, tipId: string): Promise<boolean> {
  const tip = await db.tip.findUniqueOrThrow({
    where: { id: tipId },
    select: { lang: true, sender: { select: { consent: true, chatId: true } }, item: { select: { claimId: true } } },
  });
  if (!tip.item.claimId || !tip.sender?.consent || !tip.sender.chatId) return false;
  const notices = await db.notice.findMany({
    where: { claimId: tip.item.claimId, status: "published" },
    select: { id: true, lang: true, currentVersion: true },
    orderBy: { publishedAt: "asc" },
  });
  const notice = notices.find((candidate) => candidate.lang === tip.lang) ?? notices[0];
  if (!notice) return false;
  const answer = await db.tipAnswer.create({
    data: { tipId, noticeId: notice.id, version: notice.currentVersion },
    select: { id: true },
  });
  await jobs.send(answerTipJob, { answerId: answer.id });
  return true;
}

/** The answer as the worker sends it; null when it was sent already or can no longer be. */
export async function pendingAnswer(db: Db, answerId: string, baseUrl: string) {
  const answer = await db.tipAnswer.findUnique({
    where: { id: answerId },
    select: {
      sentAt: true,
      tip: { select: { lang: true, sender: { select: { consent: true, chatId: true } } } },
      noticeVersion: {
        select: { noticeId: true, kind: true, headline: true, verdict: true, changeNote: true, snapshot: true },
      },
    },
  });
  const chatId = answer?.tip.sender?.consent ? answer.tip.sender.chatId : null;
  if (!answer || answer.sentAt || !chatId) return null;
  const { noticeId, kind, headline, verdict, changeNote, snapshot } = answer.noticeVersion;
  const { verdictLabel } = ZNoticeDocument.pick({ verdictLabel: true }).parse(snapshot);
  return {
    chatId,
    lang: answer.tip.lang,
    notice: { kind, verdict, verdictLabel, headline, changeNote, url: noticeUrl(baseUrl, noticeId) },
  };
}

export async function recordAnswerAttempt(db: Db, answerId: string, error: string | null): Promise<void> {
  await db.tipAnswer.update({
    where: { id: answerId },
    data: { attempts: { increment: 1 }, lastError: error, ...(error ? {} : { sentAt: new Date() }) },
  });
}
