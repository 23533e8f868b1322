import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs } from "@tekser/domain/ingest/ingest.ts";
import type { TIngestReport } from "@tekser/contracts";
import { CSV_FIELDS, INPUT_FORMATS, type CsvField, type CsvMapping, type InputFormat } from "@tekser/ingest";
import { withDatabase } from "../database.ts";
import type { CliEnv } from "../env.ts";
import { measureInputs, readInputs, type UnreadableInput } from "../inputs.ts";
import { writeOut } from "../output.ts";
import { startProgress, withProgress } from "../progress.ts";
import { reportStoppedRun } from "./ingest-stopped.ts";

const CLI_ACTOR = { ...SYSTEM_ACTOR, name: "cli" };
/** The report lists this many items at most (the counts cover all), so a long run's memory stays flat. */
const LISTED_ITEMS = 10_000;

export const INGEST_USAGE = `Usage: tekser ingest <file|dir|url>... [--json] [--format <${INPUT_FORMATS.join("|")}>] [--map field=Column]...
  --map (CSV only) names the column for an item field: ${CSV_FIELDS.join(", ")}\n`;

export interface IngestFlags {
  json: boolean;
  format?: string | undefined;
  map?: string[] | undefined;
}

/**
 * `tekser ingest …`: exit 0 when every input was read, 2 when one could not be, the flags are
 * wrong or the database connection was lost during the run.
 */
export async function ingestCommand(env: CliEnv, paths: string[], flags: IngestFlags): Promise<number> {
  const options = parseFlags(flags);
  if (paths.length === 0 || typeof options === "string") {
    process.stderr.write(`${typeof options === "string" ? `${options}\n` : ""}${INGEST_USAGE}`);
    return 2;
  }
  const unreadable: UnreadableInput[] = [];
  const progress = startProgress(await measureInputs(paths));
  const inputs = withProgress(
    readInputs(paths, (problem) => unreadable.push(problem)),
    progress,
  );
  let report: TIngestReport;
  try {
    report = await withDatabase(env, (db) =>
      ingestInputs(db, CLI_ACTOR, "cli", inputs, { ...options, listItems: LISTED_ITEMS }),
    );
  } catch (error) {
    return await reportStoppedRun(error, flags.json);
  } finally {
    progress.stop();
  }
  const errors = [...unreadable.map((problem) => ({ ...problem, location: "file" })), ...report.errors];
  const full: TIngestReport = { ...report, rejected: errors.length, errors };
  await writeOut(flags.json ? `${JSON.stringify(full)}\n` : formatReport(full));
  return unreadable.length > 0 ? 2 : 0;
}

function parseFlags(flags: IngestFlags): { format?: InputFormat; csvMapping?: CsvMapping } | string {
  const format = flags.format;
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format))
    return `Unknown --format "${format}".`;
  const csvMapping: CsvMapping = {};
  for (const pair of flags.map ?? []) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(pair);
    const field = match?.[1] as CsvField | undefined;
    if (!match || !field || !(CSV_FIELDS as readonly string[]).includes(field))
      return `Bad --map "${pair}": expected field=Column with field one of ${CSV_FIELDS.join(", ")}.`;
    csvMapping[field] = match[2] ?? "";
  }
  return { ...(format ? { format: format as InputFormat } : {}), csvMapping };
}

function formatReport(report: TIngestReport): string {
  const lines = [
    `accepted ${report.accepted} (edited ${report.edited}), duplicates ${report.duplicates}, rejected ${report.rejected}`,
  ];
  for (const item of report.items) {
    const when = item.publishedAt ?? item.archivedAt ?? "undated";
    const via = item.originalSource ? ` via ${item.originalSource}` : "";
    const state = item.duplicate ? "dup" : item.version > 1 ? `v${item.version}` : "new";
    lines.push(
      `  ${state.padEnd(4)} ${item.kind.padEnd(8)} ${item.lang}  ${when}  ${item.source}${via}  ${item.title ?? ""}`,
    );
  }
  const unlisted = report.accepted + report.duplicates - report.items.length;
  if (unlisted > 0) lines.push(`  … and ${unlisted} more items (a report lists the first ${LISTED_ITEMS})`);
  for (const error of report.errors) lines.push(`  error  ${error.input} (${error.location}): ${error.message}`);
  return `${lines.join("\n")}\n`;
}
