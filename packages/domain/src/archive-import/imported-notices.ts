import type { FactCheckRecord } from "@tekser/ingest";
import type { Db, Tx } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";
import { transitionClaim } from "../claims/claim-transition.ts";
import { storeDocuments } from "../ingest/ingest-documents.ts";
import type { IngestInput } from "../ingest/ingest-input.ts";
import { factCheckInput } from "./fact-check-items.ts";

/** What importing one record did to its claim. */
export interface ImportedRecord {
  location: string;
  claimId: string;
  verdict: FactCheckRecord["verdict"];
  /** false when the claim already had a verdict or work of its own: the desk's is kept. */
  verdictApplied: boolean;
}

/** The keys among `keys` already imported: a re-import skips them. */
export async function importedKeys(db: Db | Tx, keys: readonly string[]): Promise<Set<string>> {
  const rows = await db.importedNotice.findMany({
    where: { importKey: { in: [...keys] } },
    select: { importKey: true },
  });
  return new Set(rows.map((row) => row.importKey));
}

/**
 * Imports records in one transaction: their claim texts go through ingest's storing pass (stored,
 * fingerprinted, clustered: a text already known joins its claim), each claim that is still new
 * and unjudged takes the record's verdict through the transition table, and each record becomes
 * an imported notice, audited on its claim. A record imported meanwhile by someone else is skipped.
 * Records whose text is kept without a claim are returned apart.
 */
export async function storeImportedRecords(
  tx: Tx,
  actor: Actor,
  runId: string,
  input: IngestInput,
  format: string,
  candidates: readonly FactCheckRecord[],
): Promise<{ imported: ImportedRecord[]; unplaced: FactCheckRecord[] }> {
  const known = await importedKeys(
    tx,
    candidates.map((record) => record.key),
  );
  const records = candidates.filter((record) => !known.has(record.key));
  if (records.length === 0) return { imported: [], unplaced: [] };
  const [reports = []] = await storeDocuments(tx, actor, runId, [factCheckInput(input, format, records)]);
  const itemIds = reports.map((item) => item.id);
  const claimOfItem = new Map(
    (await tx.item.findMany({ where: { id: { in: itemIds } }, select: { id: true, claimId: true } })).map((item) => [
      item.id,
      item.claimId,
    ]),
  );
  const imported: (ImportedRecord & { record: FactCheckRecord })[] = [];
  const unplaced: FactCheckRecord[] = [];
  for (const [index, record] of records.entries()) {
    const itemId = itemIds[index] as string;
    const claimId = claimOfItem.get(itemId);
    if (!claimId) {
      unplaced.push(record);
      continue;
    }
    const verdictApplied = await applyVerdict(tx, claimId, record);
    await tx.importedNotice.create({
      data: {
        importKey: record.key,
        claimId,
        itemId,
        verdict: record.verdict,
        label: record.label,
        claimText: record.claimText,
        lang: record.lang,
        reviewUrl: record.reviewUrl,
        reviewedAt: record.reviewedAt ? new Date(record.reviewedAt) : null,
        publisher: record.publisher,
        claimant: record.claimant,
        appearanceUrl: record.appearanceUrl,
        location: record.location,
        runId,
      },
      select: { id: true },
    });
    imported.push({ location: record.location, claimId, verdict: record.verdict, verdictApplied, record });
  }
  await recordAudits(
    tx,
    actor,
    imported.map(({ record, claimId, verdictApplied }) => {
      return {
        action: "archive.import.record",
        subjectType: "claim",
        subjectId: claimId,
        after: {
          input: input.name,
          location: record.location,
          importKey: record.key,
          verdict: record.verdict,
          label: record.label,
          reviewUrl: record.reviewUrl,
          reviewedAt: record.reviewedAt,
          publisher: record.publisher,
          verdictApplied,
        },
      };
    }),
  );
  return { imported: imported.map(({ record: _record, ...done }) => done), unplaced };
}

/** Gives a new, unjudged claim the imported verdict; a claim the desk has touched keeps its own. */
async function applyVerdict(tx: Tx, claimId: string, record: FactCheckRecord): Promise<boolean> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, verdict: true } });
  if (claim.status !== "new" || claim.verdict !== null) return false;
  await transitionClaim(tx, claimId, "importVerdict", { changes: { verdict: record.verdict } });
  return true;
}
