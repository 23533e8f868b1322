/**
 * Feeds a part of the claims evaluation set through the shipped ingest service, in the part's
 * order, a few documents per run as a feed poll or a CLI directory brings them, and reads back
 * the claim each item was placed in.
 */
import type { TEvalItem, TEvalPart } from "@tekser/claims/eval";
import type { Db } from "@tekser/db";
import { SYSTEM_ACTOR } from "../src/audit/audit-log.ts";
import { ingestInputs } from "../src/ingest/ingest.ts";

/** Documents per ingest run. */
const RUN_SIZE = 8;
/** After every publication in the set (2024–2026), so no date looks like the future. */
const EVAL_FETCHED_AT = new Date("2026-12-01T06:00:00Z");
/** Item kinds that carry a document's own text; headline lists found on a page accompany it. */
const TEXT_KINDS = new Set(["article", "post"]);

export interface IngestedEvalItem {
  evalId: string;
  itemId: string;
  claimId: string | null;
  /** Every item the document brought, the accompanying headline lists included. */
  storedKinds: string[];
}

export async function ingestEvalPart(db: Db, part: TEvalPart): Promise<IngestedEvalItem[]> {
  const ordered = [...part.items].sort((a, b) => a.order - b.order);
  const placed: Omit<IngestedEvalItem, "claimId">[] = [];
  for (let start = 0; start < ordered.length; start += RUN_SIZE) {
    const run = ordered.slice(start, start + RUN_SIZE);
    const inputs = run.map((item) => ({
      name: item.document.name,
      bytes: new TextEncoder().encode(item.document.body),
    }));
    const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", inputs, { fetchedAt: EVAL_FETCHED_AT });
    if (report.errors.length > 0)
      throw new Error(`the ingest path rejected part of the set: ${JSON.stringify(report.errors.slice(0, 3))}`);
    placed.push(...matchReport(run, report.items));
  }
  const claims = await db.item.findMany({
    where: { id: { in: placed.map((item) => item.itemId) } },
    select: { id: true, claimId: true },
  });
  const claimOf = new Map(claims.map((item) => [item.id, item.claimId]));
  return placed.map((item) => ({ ...item, claimId: claimOf.get(item.itemId) ?? null }));
}

/**
 * The report lists each input's items in input order, and each document of the set brings one
 * article or post (then any headline lists it carries): the n-th text item is the n-th input's.
 */
function matchReport(run: TEvalItem[], reported: { id: string; kind: string }[]): Omit<IngestedEvalItem, "claimId">[] {
  const starts = reported.flatMap((item, index) => (TEXT_KINDS.has(item.kind) ? [index] : []));
  if (starts.length !== run.length) {
    throw new Error(
      `expected one article or post per document, got ${starts.length} for ${run.length} documents starting at ${run[0]?.id}`,
    );
  }
  return run.map((item, n) => {
    const from = starts[n] as number;
    const to = starts[n + 1] ?? reported.length;
    return {
      evalId: item.id,
      itemId: (reported[from] as { id: string }).id,
      storedKinds: reported.slice(from, to).map((stored) => stored.kind),
    };
  });
}
