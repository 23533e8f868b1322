import { createHash } from "node:crypto";
import type { Db, Tx } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import { readCappedBody } from "../shared/outbound/capped-body.ts";
import { outboundFetch } from "../shared/outbound/outbound-fetch.ts";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import type { PublishingDeps } from "./deps.ts";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log.ts";

const FETCH_TIMEOUT_MS = 15_000;
const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024;

/** Fetching a cited page can fail for a while (site down); retried over about an hour. */
export const archiveEvidenceJob = defineJob("evidence.archive", z.object({ evidenceId: z.uuid() }), {
  retryLimit: 6,
  retryDelay: 60,
  retryBackoff: true,
});

/** Queues an archive of every cited source not archived yet, in the publication's transaction. */
export async function enqueueEvidenceArchives(tx: Tx, deps: PublishingDeps, evidenceIds: string[]): Promise<void> {
  if (!deps.jobs || evidenceIds.length === 0) return;
  const pending = await tx.evidence.findMany({
    where: { id: { in: evidenceIds }, archivedAt: null },
    select: { id: true },
  });
  for (const { id } of pending)
    await deps.jobs.send(archiveEvidenceJob, { evidenceId: id }, { transaction: tx, singletonKey: id });
}

export async function startEvidenceArchiver(db: Db, jobs: JobQueue, outbound: OutboundPolicy): Promise<void> {
  await jobs.work(archiveEvidenceJob, ({ evidenceId }) => archiveEvidence(db, evidenceId, outbound));
  await enqueueMissingArchives(db, jobs);
}

/**
 * Queues a fetch for every source cited by a published notice that has no archived copy: one
 * whose retries ran out, or one whose typed "copy" was moved to the reviewer's snapshot. A source
 * already queued is not queued twice (the evidence id is the job's singleton key).
 */
async function enqueueMissingArchives(db: Db, jobs: JobQueue): Promise<void> {
  const missing = await db.evidence.findMany({
    where: { archivedAt: null, review: { status: "approved", claim: { notices: { some: {} } } } },
    select: { id: true },
  });
  for (const { id } of missing) await jobs.send(archiveEvidenceJob, { evidenceId: id }, { singletonKey: id });
}

/**
 * Keeps a copy of a cited source as it was when the notice was published: the response body
 * as received (up to 2 MB), its SHA-256 and the time. Failures throw so the queue retries. The
 * copy is audited on the claim, its hash in the decision log's chain, and announced, so notice
 * pages show it at once.
 */
export async function archiveEvidence(db: Db, evidenceId: string, outbound: OutboundPolicy): Promise<void> {
  const evidence = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { url: true, archivedAt: true, review: { select: { claimId: true } } },
  });
  if (!evidence || evidence.archivedAt) return;
  const response = await outboundFetch(
    evidence.url,
    {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { "user-agent": "Tekser evidence archiver" },
      follow: true,
    },
    outbound,
  );
  if (!response.ok) throw new Error(`archiving ${evidence.url}: HTTP ${response.status}`);
  const bytes = await readCappedBody(response, evidence.url, MAX_ARCHIVE_BYTES);
  const archive = { archivedHash: createHash("sha256").update(bytes).digest("hex"), archivedAt: new Date() };
  await db.$transaction(async (tx) => {
    await tx.evidence.update({
      where: { id: evidenceId },
      data: { archivedText: new TextDecoder("utf-8", { fatal: false }).decode(bytes), ...archive },
    });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "claim.source_archived",
      subjectType: "claim",
      subjectId: evidence.review.claimId,
      after: { evidenceId, url: evidence.url, ...archive },
    });
  });
}

/** The stored copy for the public archive route, or null when there is none (yet). */
export async function loadEvidenceArchive(db: Db, evidenceId: string) {
  const row = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { url: true, archivedText: true, archivedHash: true, archivedAt: true },
  });
  return row?.archivedAt && row.archivedText !== null
    ? { url: row.url, text: row.archivedText, hash: row.archivedHash, at: row.archivedAt.toISOString() }
    : null;
}

/** Live archive state of cited sources, by evidence id (archives finish after publication). */
export async function evidenceArchiveState(
  db: Db,
  ids: string[],
): Promise<Map<string, { archivedAt: string; archivedHash: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.evidence.findMany({
    where: { id: { in: ids }, archivedAt: { not: null } },
    select: { id: true, archivedAt: true, archivedHash: true },
  });
  return new Map(
    rows.map((row) => [row.id, { archivedAt: row.archivedAt?.toISOString() ?? "", archivedHash: row.archivedHash }]),
  );
}
