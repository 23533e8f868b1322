/**
 * Times clustering the way ingest does it: each document's new items are stored and then placed
 * with `clusterNewItems` inside the document's transaction, against everything already loaded.
 */
import { randomUUID } from "node:crypto";
import { syntheticItems, type SyntheticItem } from "@tekser/claims/synthetic";
import type { Db } from "@tekser/db";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { clusterNewItems } from "../src/claims/claim-clustering.ts";

export interface IngestClusteringTiming {
  perItemMs: number;
  /** p95 of one document's transaction. */
  p95Ms: number;
}

/** `count` items in documents of `documentSize` (1 = a Telegram post, 50 = a news feed). */
export async function timeIngestClustering(
  db: Db,
  count: number,
  documentSize: number,
): Promise<IngestClusteringTiming> {
  const times: number[] = [];
  const documents: SyntheticItem[][] = [];
  for (const item of syntheticItems({ count, seed: 99 + documentSize })) {
    const last = documents[documents.length - 1];
    if (last && last.length < documentSize) last.push(item);
    else documents.push([item]);
  }
  for (const document of documents) {
    const start = performance.now();
    await db.$transaction(async (tx) => {
      const ingestedAt = new Date();
      const items = document.map((item) => ({
        id: randomUUID(),
        kind: item.kind,
        site: item.site,
        title: item.title,
        text: item.text,
        lang: item.lang,
        publishedAt: item.publishedAt,
        ingestedAt,
        contentHash: randomUUID(),
      }));
      await tx.item.createMany({ data: items });
      await clusterNewItems(
        tx,
        SYSTEM_ACTOR,
        items.map(({ kind: _kind, contentHash: _hash, ...item }) => ({
          ...item,
          archivedAt: null,
          originalSource: null,
          url: null,
          canonicalUrl: null,
          links: [],
          languageVersions: [],
          mayStartClaim: true,
        })),
      );
    });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    perItemMs: times.reduce((sum, time) => sum + time, 0) / count,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? Number.NaN,
  };
}
