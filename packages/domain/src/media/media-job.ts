import type { Db } from "@tekser/db";
import { defineJob, type JobQueue } from "@tekser/jobs";
import { z } from "zod";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { processItemMedia } from "./item-media.ts";
import { ocrAvailability } from "./tesseract.ts";

const SWEEP_BATCH = 20;
/** Seconds between sweeps while the server runs: images show a few seconds after their item. */
const SWEEP_EVERY_SECONDS = 3;

/**
 * The media queue, apart from every other: one sweep at a time works through the pending images
 * one by one (fetch, decode, OCR), so images never hold up text ingest nor take both cores.
 * "stately" keeps at most one sweep queued and one running.
 */
export const mediaSweepJob = defineJob("media.sweep", z.object({}), { policy: "stately", retryLimit: 0 });

export async function startMediaWorker(
  db: Db,
  jobs: JobQueue,
  outbound: OutboundPolicy,
  log: (message: string) => void = () => {},
): Promise<void> {
  const ocr = await ocrAvailability();
  if (!ocr.available)
    log(`  OCR is off: ${ocr.reason}. Images are still fetched, stored and matched; their text is not read.`);
  await jobs.work(mediaSweepJob, async () => {
    try {
      await sweepPendingMedia(db, outbound, log);
    } finally {
      await jobs.send(mediaSweepJob, {}, { startAfter: SWEEP_EVERY_SECONDS });
    }
  });
  await jobs.send(mediaSweepJob, {});
  // A safety net should the chain of sweeps break (a server stopped between two).
  await jobs.schedule(mediaSweepJob, "* * * * *", {});
}

/** Processes the pending images, oldest first, until none is left; returns how many were tried. */
export async function sweepPendingMedia(
  db: Db,
  outbound: OutboundPolicy,
  log: (message: string) => void = () => {},
): Promise<number> {
  let tried = 0;
  const seen = new Set<string>();
  for (;;) {
    const pending = await db.itemMedia.findMany({
      where: { state: "pending", id: { notIn: [...seen] } },
      orderBy: { createdAt: "asc" },
      take: SWEEP_BATCH,
      select: { id: true },
    });
    if (pending.length === 0) return tried;
    for (const { id } of pending) {
      seen.add(id);
      tried++;
      try {
        await processItemMedia(db, id, outbound);
      } catch (error) {
        log(`media ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
