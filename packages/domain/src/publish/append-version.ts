import type { TNoticeChangeKind, TNoticeDocument } from "@tekser/contracts";
import type { Tx } from "@tekser/db";
import { signValue, type SigningKey } from "@tekser/signing";
import { enqueueEvidenceArchives } from "./evidence-archive.ts";
import { enqueueTipAnswers } from "../tipline/tip-answers.ts";
import { enqueueWebhookDeliveries } from "./webhooks/enqueue.ts";
import type { PublishingDeps } from "./deps.ts";

/** One lock for the notice change stream: numbers are handed out in commit order. */
const NOTICE_CHANGE_LOCK = 7_274_739;

export interface NewVersion {
  noticeId: string;
  kind: TNoticeChangeKind;
  document: TNoticeDocument;
  createdById: string;
}

/**
 * Stores a notice version with its signature and its place in the change stream, and queues
 * its webhook deliveries and tip answers, all in the caller's transaction: a version is never public without
 * its signature, and never committed without the deliveries that announce it (nor without
 * archiving the sources it cites).
 */
export async function appendNoticeVersion(
  tx: Tx,
  deps: PublishingDeps,
  key: SigningKey,
  version: NewVersion,
): Promise<void> {
  const signature = signValue(version.document, key);
  // Held to commit: a transaction that takes number N commits before anyone can take N+1, so
  // a pull-API reader that has seen N can never later find a change numbered below it.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NOTICE_CHANGE_LOCK})`;
  const last = await tx.noticeVersion.aggregate({ _max: { changeSeq: true } });
  const changeSeq = (last._max.changeSeq ?? 0n) + 1n;
  await tx.noticeVersion.create({
    data: {
      noticeId: version.noticeId,
      version: version.document.version,
      kind: version.kind,
      headline: version.document.headline,
      summary: version.document.summary,
      verdict: version.document.verdict,
      snapshot: version.document,
      changeNote: version.document.changeNote,
      signature: JSON.stringify(signature),
      createdById: version.createdById,
      createdAt: new Date(version.document.versionAt),
      changeSeq,
    },
  });
  await enqueueWebhookDeliveries(tx, deps, { noticeId: version.noticeId, version: version.document.version });
  await enqueueEvidenceArchives(
    tx,
    deps,
    version.document.evidence.flatMap((evidence) => (evidence.id ? [evidence.id] : [])),
  );
  await enqueueTipAnswers(tx, deps, { noticeId: version.noticeId, version: version.document.version });
}
