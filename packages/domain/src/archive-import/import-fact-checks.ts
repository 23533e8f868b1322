import type { TFactCheckError, TFactCheckImportReport } from "@tekser/contracts";
import type { Db, IngestRoute } from "@tekser/db";
import {
  factCheckMessage,
  parseFactChecks,
  type FactCheckParseOptions,
  type FactCheckProblem,
  type FactCheckRecord,
} from "@tekser/ingest";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { withScaleLabels } from "../review/verdict-scale.ts";
import type { IngestInput } from "../ingest/ingest-input.ts";
import { importedKeys, storeImportedRecords, type ImportedRecord } from "./imported-notices.ts";

/** Records stored per transaction: a large archive commits as it goes, so a failure loses no batch before it. */
const RECORDS_PER_TRANSACTION = 100;
/** A batch clusters a hundred texts and moves a hundred claims; the default five seconds is too short on a busy server. */
const TRANSACTION_TIMEOUT_MS = 120_000;

export type FactCheckImportOptions = FactCheckParseOptions;

/** A problem of the file as the report and the audit log carry it, worded in English. */
export function locatedError(input: IngestInput, problem: FactCheckProblem): TFactCheckError {
  return {
    input: input.name,
    location: problem.location,
    code: problem.code,
    value: problem.value,
    message: factCheckMessage(problem.code, problem.value),
  };
}

/**
 * Imports an archive of past fact-checks (ClaimReview JSON-LD pages, Fact Check Tools JSON or
 * JSON Lines, CSV): each check becomes a claim with its verdict and an imported notice. A check
 * imported before (same key) is counted, not imported again; a bad record becomes a located error
 * kept with its raw text (as ingest keeps its rejections), and the others are still imported.
 */
export async function importFactChecks(
  db: Db,
  actor: Actor,
  route: IngestRoute,
  input: IngestInput,
  options: FactCheckImportOptions = {},
): Promise<TFactCheckImportReport> {
  const parsed = parseFactChecks(input.bytes, { ...options, labelMap: await withScaleLabels(db, options.labelMap) });
  const problems: FactCheckProblem[] = [...parsed.errors];
  const known = await importedKeys(
    db,
    parsed.records.map((record) => record.key),
  );
  const fresh = parsed.records.filter((record) => !known.has(record.key));
  const run = await db.ingestRun.create({ data: { route, actorId: actor.id }, select: { id: true } });
  const claims: ImportedRecord[] = [];
  const store = (records: FactCheckRecord[]) =>
    db.$transaction((tx) => storeImportedRecords(tx, actor, run.id, input, parsed.format, records), {
      timeout: TRANSACTION_TIMEOUT_MS,
    });
  const keep = ({ imported, unplaced }: Awaited<ReturnType<typeof store>>) => {
    claims.push(...imported);
    for (const record of unplaced)
      problems.push({
        location: record.location,
        code: "refusedByDatabase",
        value: "its text is kept without a claim",
      });
  };

  for (let start = 0; start < fresh.length; start += RECORDS_PER_TRANSACTION) {
    const batch = fresh.slice(start, start + RECORDS_PER_TRANSACTION);
    try {
      keep(await store(batch));
    } catch {
      // One record the database refuses must not cost the others: each is tried alone.
      for (const record of batch) {
        try {
          keep(await store([record]));
        } catch (error) {
          const reason = error instanceof Error ? (error.message.trim().split("\n").pop() ?? "") : String(error);
          problems.push({
            location: record.location,
            code: "refusedByDatabase",
            value: reason,
            raw: JSON.stringify(record),
          });
        }
      }
    }
  }

  const errors = problems.map((problem) => locatedError(input, problem));
  const failed = new Set(problems.map((problem) => problem.location));
  const report: TFactCheckImportReport = {
    runId: run.id,
    format: parsed.format,
    imported: claims.length,
    alreadyImported:
      parsed.records.length - claims.length - parsed.records.filter((record) => failed.has(record.location)).length,
    rejected: errors.length,
    claims,
    errors,
  };
  if (problems.length > 0) {
    await db.ingestError.createMany({
      data: problems.map((problem, index) => ({
        runId: run.id,
        input: input.name,
        location: problem.location,
        message: (errors[index] as TFactCheckError).message,
        raw: Buffer.from(problem.raw ?? "", "utf8"),
      })),
    });
  }
  await db.$transaction(async (tx) => {
    await tx.ingestRun.update({
      where: { id: run.id },
      data: {
        finishedAt: new Date(),
        accepted: report.imported,
        duplicates: report.alreadyImported,
        rejected: report.rejected,
      },
    });
    await recordAudit(tx, actor, {
      action: "archive.import",
      subjectType: "ingestRun",
      subjectId: run.id,
      after: {
        input: input.name,
        format: report.format,
        imported: report.imported,
        alreadyImported: report.alreadyImported,
        rejected: report.rejected,
        errors,
      },
    });
  });
  return report;
}
