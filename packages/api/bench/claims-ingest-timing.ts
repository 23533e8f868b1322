/** Times clustering the way ingest does it: one item at a time, inside its own transaction. */
import { randomUUID } from "node:crypto";
import { syntheticItems } from "@tekser/claims/synthetic";
import type { Db } from "@tekser/db";
import { SYSTEM_ACTOR } from "../src/services/audit-log.ts";
import { clusterItem } from "../src/services/claim-clustering.ts";

export async function timeIngestClustering(db: Db, count: number): Promise<{ perItemMs: number; p95Ms: number }> {
  const times: number[] = [];
  for (const item of syntheticItems({ count, seed: 99 })) {
    const start = performance.now();
    await db.$transaction(async (tx) => {
      const created = await tx.item.create({
        data: { kind: item.kind, site: item.site, title: item.title, text: item.text, lang: item.lang, publishedAt: item.publishedAt, contentHash: randomUUID() },
        select: { id: true },
      });
      await clusterItem(tx, SYSTEM_ACTOR, created.id, { mayStartClaim: true });
    });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { perItemMs: times.reduce((sum, time) => sum + time, 0) / times.length, p95Ms: times[Math.floor(times.length * 0.95)] ?? Number.NaN };
}
