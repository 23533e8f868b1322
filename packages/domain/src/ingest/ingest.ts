import type { TIngestError, TIngestReport, TIngestReportItem } from "@tekser/contracts";
import { connectionPool, inSqlTransaction, type Db, type IngestRoute } from "@tekser/db";
import type { CsvMapping, InputFormat, LocatedError } from "@tekser/ingest";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { storeDocuments, type PreparedInput } from "./ingest-documents.ts";
import type { ParseDeadline } from "./ingest-parse-supervisor.ts";
import { parsedInOrder, parserOn, parserThread } from "./ingest-parser.ts";
import type { IngestInput, ParsedDocument } from "./ingest-input.ts";
import { GroupPipeline } from "./ingest-pipeline.ts";
import { keepRunAlive, markInterruptedRuns } from "./ingest-run-liveness.ts";

export type { IngestInput, ParsedDocument };

export interface IngestOptions {
  fetchedAt?: Date;
  /** Skips detection for every input (`--format`). */
  format?: InputFormat;
  csvMapping?: CsvMapping;
  /** How long the parsing thread may spend on one input (DEFAULT_PARSE_DEADLINE unless given). */
  parseDeadline?: ParseDeadline;
  /** A parser of the caller's own, run on this thread instead of the parsing thread's parseInput. */
  parse?: (input: IngestInput, fetchedAt: Date) => ParsedDocument;
  /**
   * false: the report counts items but does not list them; a number: it lists at most that many.
   * Either way memory stays flat however many items a run brings (a directory of millions);
   * errors are always listed.
   */
  listItems?: boolean | number;
}

/**
 * Parses each input and stores its items, several inputs per transaction: inputs are parsed on
 * the parsing thread (ingest-parser.ts) while earlier groups are stored (GroupPipeline; see
 * storeTogether for how a bad input still never loses what the others brought). Content already
 * stored is reported as a duplicate.
 */
export async function ingestInputs(
  db: Db,
  actor: Actor,
  route: IngestRoute,
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  options: IngestOptions = {},
): Promise<TIngestReport> {
  const fetchedAt = options.fetchedAt ?? new Date();
  const { parse } = options;
  const parser = parse
    ? parserOn((input) => parse(input, fetchedAt))
    : parserThread({ fetchedAt, format: options.format, csvMapping: options.csvMapping }, options.parseDeadline);
  const run = await db.ingestRun.create({ data: { route, actorId: actor.id }, select: { id: true } });
  const items: TIngestReportItem[] = [];
  const errors: TIngestError[] = [];
  const counts = { accepted: 0, edited: 0, duplicates: 0 };
  const listLimit =
    options.listItems === false ? 0 : typeof options.listItems === "number" ? options.listItems : Infinity;

  const pipeline = new GroupPipeline(async (documents) => {
    for (const stored of await storeTogether(db, actor, run.id, documents, errors)) {
      for (const item of stored) {
        if (item.duplicate) counts.duplicates++;
        else counts.accepted++;
        if (!item.duplicate && item.version > 1) counts.edited++;
      }
      if (items.length < listLimit) items.push(...stored.slice(0, listLimit - items.length));
    }
  });

  const stopBeating = keepRunAlive(db, run.id);
  try {
    for await (const { input, result } of parsedInOrder(inputs, parser)) {
      if ("refused" in result) {
        await recordRejections(db, run.id, input, [result.refused], errors);
        continue;
      }
      const { prepared } = result;
      await recordRejections(db, run.id, input, prepared.errors, errors);
      await pipeline.add(prepared);
    }
    await pipeline.finish();

    const report = { runId: run.id, ...counts, rejected: errors.length, items, errors };
    await db.$transaction(async (tx) => {
      await tx.ingestRun.update({
        where: { id: run.id },
        data: {
          status: "finished",
          finishedAt: new Date(),
          accepted: report.accepted,
          duplicates: report.duplicates,
          rejected: report.rejected,
        },
      });
      await recordAudit(tx, actor, {
        action: "ingest.run",
        subjectType: "ingestRun",
        subjectId: run.id,
        after: {
          route,
          accepted: report.accepted,
          edited: report.edited,
          duplicates: report.duplicates,
          rejected: report.rejected,
          errors,
        },
      });
    });
    return report;
  } catch (error) {
    // What was parsed before the failure is kept (when the failure was the database's, this
    // fails again at once). Then the run says it stopped if the database still answers; if it
    // does not, the sweep marks the run once its heartbeat has been silent long enough.
    await pipeline.finish().catch(() => {});
    await withinMs(INTERRUPTED_MARK_MS, markInterruptedRuns(db, { runId: run.id })).catch(() => {});
    throw error;
  } finally {
    stopBeating();
  }
}

/** How long a failing run waits to mark itself interrupted before leaving it to the sweep. */
const INTERRUPTED_MARK_MS = 3000;

function withinMs<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Stores parsed inputs in one transaction. When that fails, each input is tried again in a
 * transaction of its own: a deadlock or serialization failure passes on the second try, and an
 * input the database refuses fails alone without losing what the others brought. An input that
 * fails alone becomes a located error of the run, its raw bytes kept to fix and re-run. The
 * transaction is raw SQL on a pooled connection (inSqlTransaction): see its note on why.
 */
async function storeTogether(
  db: Db,
  actor: Actor,
  runId: string,
  documents: PreparedInput[],
  errors: TIngestError[],
): Promise<TIngestReportItem[][]> {
  // A run ends with the ordinary commit of its report, which also makes every group durable; a
  // crash before it leaves the run unfinished (marked interrupted), to be run again.
  const store = (group: PreparedInput[]) =>
    inSqlTransaction(connectionPool(db), (tx) => storeDocuments(tx, actor, runId, group), { synchronousCommit: false });
  try {
    return await store(documents);
  } catch {
    const stored: TIngestReportItem[][] = [];
    for (const document of documents) {
      try {
        stored.push(...(await store([document])));
      } catch (error) {
        const message = `The database refused this input: ${error instanceof Error ? error.message.trim().split("\n").pop() : String(error)}`;
        await recordRejections(db, runId, document.input, [{ location: "document", message }], errors);
        stored.push([]);
      }
    }
    return stored;
  }
}

/**
 * Keeps what an input could not deliver: each rejection in the run's report and as an
 * `IngestError` row with its raw record (the whole input when the rejection has none of its
 * own), to fix and re-run.
 */
async function recordRejections(
  db: Db,
  runId: string,
  input: IngestInput,
  rejections: readonly LocatedError[],
  errors: TIngestError[],
): Promise<void> {
  if (rejections.length === 0) return;
  for (const { location, message, code, params } of rejections) {
    errors.push({ input: input.name, location, message, ...(code ? { code } : {}), ...(params ? { params } : {}) });
  }
  await db.ingestError.createMany({
    data: rejections.map(({ location, message, raw }) => ({
      runId,
      input: input.name,
      location,
      message,
      raw: raw === undefined ? Buffer.from(input.bytes) : Buffer.from(raw, "utf8"),
    })),
  });
}
