import type { TClaimListInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { listClaims, type QueueLimits } from "../src/claims/claim-queue.ts";

/** Every claim id the queue lists for these filters, page after page of `perPage`. */
export async function everyQueuePage(
  db: Db,
  input: TClaimListInput,
  limits: QueueLimits,
  perPage: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { rows } = await listClaims(db, { ...input, page, perPage }, null, limits);
    ids.push(...rows.map((row) => row.id));
    if (rows.length < perPage) return ids;
  }
}
