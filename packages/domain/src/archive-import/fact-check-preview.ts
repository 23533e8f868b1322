import { FACT_CHECK_PREVIEW_ROWS, type TFactCheckPreview } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { parseFactChecks } from "@tekser/ingest";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { withScaleLabels } from "../review/verdict-scale.ts";
import type { IngestInput } from "../ingest/ingest-input.ts";
import { locatedError, type FactCheckImportOptions } from "./import-fact-checks.ts";
import { importedKeys } from "./imported-notices.ts";

/**
 * What importing a file would do, changing nothing but the audit log: its first records with
 * their mapped verdicts and whether each was imported before, and every error. The preview is
 * audited because it shows who read which archive before importing it.
 */
export async function previewFactChecks(
  db: Db,
  actor: Actor,
  input: IngestInput,
  options: FactCheckImportOptions = {},
): Promise<TFactCheckPreview> {
  const parsed = parseFactChecks(input.bytes, { ...options, labelMap: await withScaleLabels(db, options.labelMap) });
  const known = await importedKeys(
    db,
    parsed.records.map((record) => record.key),
  );
  const preview: TFactCheckPreview = {
    format: parsed.format,
    total: parsed.records.length,
    alreadyImported: parsed.records.filter((record) => known.has(record.key)).length,
    records: parsed.records.slice(0, FACT_CHECK_PREVIEW_ROWS).map((record) => ({
      location: record.location,
      claimText: record.claimText,
      lang: record.lang,
      label: record.label,
      verdict: record.verdict,
      reviewUrl: record.reviewUrl,
      reviewedAt: record.reviewedAt,
      publisher: record.publisher,
      alreadyImported: known.has(record.key),
    })),
    errors: parsed.errors.map((problem) => locatedError(input, problem)),
  };
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "archive.import.preview",
      subjectType: "archive",
      subjectId: input.name,
      after: {
        format: preview.format,
        total: preview.total,
        alreadyImported: preview.alreadyImported,
        rejected: preview.errors.length,
      },
    }),
  );
  return preview;
}
