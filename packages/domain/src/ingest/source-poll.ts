import type { Db } from "@tekser/db";
import { telegramPreviewUrl } from "@tekser/ingest";
import { SYSTEM_ACTOR, type Actor } from "../audit/audit-log.ts";
import { ingestInputs } from "./ingest.ts";
import { readCappedBody } from "../shared/outbound/capped-body.ts";
import { outboundFetch } from "../shared/outbound/outbound-fetch.ts";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { notifySourceFailing, SOURCE_FAILURES_REPORTED_AT } from "../notifications/system-notifications.ts";

export const POLL_ACTOR: Actor = { ...SYSTEM_ACTOR, name: "source-poller" };

// A claimed fetch holds the source this long; a poller that dies mid-fetch frees it after.
const LEASE_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 24 * 60 * 60_000;
const FETCH_TIMEOUT_MS = 30_000;
// A feed or page larger than this is not news but a mistake or an attack on memory.
const MAX_POLL_BYTES = 10 * 1024 * 1024;

export interface PollResult {
  sourceId: string;
  outcome: "ingested" | "not-modified" | "failed";
  accepted?: number;
  error?: string;
}

/**
 * Takes the fetch of a due source for this process: one UPDATE moves its next poll past the
 * lease only if it is still due, so of two pollers racing for it exactly one gets the row.
 */
async function claimDueSource(db: Db, sourceId: string, now: Date) {
  const rows = await db.$queryRaw<
    {
      id: string;
      url: string;
      etag: string | null;
      lastModified: string | null;
      pollMinutes: number;
      failureCount: number;
    }[]
  >`
    UPDATE "Source" SET "nextPollAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE "id" = ${sourceId}::uuid AND "enabled" AND "url" IS NOT NULL AND ("nextPollAt" IS NULL OR "nextPollAt" <= ${now})
    RETURNING "id", "url", "etag", "lastModified", "pollMinutes", "failureCount"`;
  return rows[0] ?? null;
}

/**
 * Polls one source if it is due: a conditional GET (ETag / Last-Modified), the body ingested
 * through the ordinary ingest service, and the source's health updated. A failure backs off
 * exponentially from the source's interval, up to a day.
 */
export async function pollSource(
  db: Db,
  sourceId: string,
  outbound: OutboundPolicy,
  now = new Date(),
): Promise<PollResult | null> {
  const source = await claimDueSource(db, sourceId, now);
  if (!source) return null;
  try {
    const headers: Record<string, string> = { "user-agent": "Tekser source poller" };
    if (source.etag) headers["if-none-match"] = source.etag;
    if (source.lastModified) headers["if-modified-since"] = source.lastModified;
    // A Telegram channel's address answers with a page to join it; its web preview lists its posts.
    const response = await outboundFetch(
      telegramPreviewUrl(source.url),
      { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), follow: true },
      outbound,
    );
    const next = new Date(now.getTime() + source.pollMinutes * 60_000);
    if (response.status === 304) {
      await db.source.update({
        where: { id: source.id },
        data: { lastSuccessAt: now, failureCount: 0, nextPollAt: next },
      });
      return { sourceId, outcome: "not-modified" };
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = await readCappedBody(response, source.url, MAX_POLL_BYTES);
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(response.headers.get("content-type") ?? "")?.[1] ?? null;
    const report = await ingestInputs(db, POLL_ACTOR, "poll", [{ name: source.url, bytes, charset }], {
      fetchedAt: now,
    });
    const linked = report.items.filter((item) => !item.duplicate).map((item) => item.id);
    await db.$transaction([
      db.item.updateMany({ where: { id: { in: linked }, sourceId: null }, data: { sourceId: source.id } }),
      db.source.update({
        where: { id: source.id },
        data: {
          etag: response.headers.get("etag"),
          lastModified: response.headers.get("last-modified"),
          lastSuccessAt: now,
          failureCount: 0,
          nextPollAt: next,
        },
      }),
    ]);
    return { sourceId, outcome: "ingested", accepted: report.accepted };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const backoff = Math.min(source.pollMinutes * 60_000 * 2 ** (source.failureCount + 1), MAX_BACKOFF_MS);
    await db.$transaction(async (tx) => {
      const failed = await tx.source.update({
        where: { id: source.id },
        data: {
          lastError: message,
          lastErrorAt: now,
          failureCount: { increment: 1 },
          nextPollAt: new Date(now.getTime() + backoff),
        },
        select: { name: true, failureCount: true },
      });
      if (failed.failureCount === SOURCE_FAILURES_REPORTED_AT)
        await notifySourceFailing(tx, POLL_ACTOR, { name: failed.name, failures: failed.failureCount });
    });
    return { sourceId, outcome: "failed", error: message };
  }
}

/** Polls every due source once, one after another; sources another poller holds are skipped. */
export async function pollDueSources(db: Db, outbound: OutboundPolicy, now = new Date()): Promise<PollResult[]> {
  const due = await db.source.findMany({
    where: { enabled: true, url: { not: null }, OR: [{ nextPollAt: null }, { nextPollAt: { lte: now } }] },
    select: { id: true },
    orderBy: { nextPollAt: { sort: "asc", nulls: "first" } },
  });
  const results: PollResult[] = [];
  for (const { id } of due) {
    const result = await pollSource(db, id, outbound, now);
    if (result) results.push(result);
  }
  return results;
}
