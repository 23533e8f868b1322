import { readFile } from "node:fs/promises";
import {
  FACT_CHECK_CSV_FIELDS,
  parseImportMaps,
  VERDICTS,
  type TFactCheckColumnMap,
  type TFactCheckImportReport,
  type TVerdictLabelMap,
} from "@tekser/contracts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { importFactChecks } from "@tekser/domain/archive-import/import-fact-checks.ts";
import { withDatabase } from "../database.ts";
import type { CliEnv } from "../env.ts";
import { writeOut } from "../output.ts";

const CLI_ACTOR = { ...SYSTEM_ACTOR, name: "cli" };

export const IMPORT_USAGE = `Usage: tekser import fact-checks <file>... [--json] [--map field=Column]... [--map "Label=verdict"]...
  Imports a desk's past fact-checks: saved pages with ClaimReview JSON-LD, Fact Check Tools JSON
  or JSON Lines, or a CSV. Each becomes a claim with its verdict and an imported notice; a check
  imported before is skipped. --map names a CSV column (${FACT_CHECK_CSV_FIELDS.join(", ")})
  or maps a verdict label onto the team's scale (${VERDICTS.join(", ")}), e.g. --map "Скорее ложь=fake".\n`;

export interface ImportFlags {
  json: boolean;
  map?: string[] | undefined;
}

interface ImportRun {
  imported: number;
  alreadyImported: number;
  rejected: number;
  files: (TFactCheckImportReport & { input: string })[];
  unreadable: { input: string; message: string }[];
}

/** `tekser import fact-checks …`: exit 0 when every file was read (bad records are listed), 2 otherwise. */
export async function importFactChecksCommand(env: CliEnv, paths: string[], flags: ImportFlags): Promise<number> {
  const maps = parseMaps(flags.map ?? []);
  if (paths.length === 0 || typeof maps === "string") {
    process.stderr.write(`${typeof maps === "string" ? `${maps}\n` : ""}${IMPORT_USAGE}`);
    return 2;
  }
  const run: ImportRun = { imported: 0, alreadyImported: 0, rejected: 0, files: [], unreadable: [] };
  await withDatabase(env, async (db) => {
    for (const path of paths) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        run.unreadable.push({ input: path, message: error instanceof Error ? error.message : String(error) });
        run.rejected++;
        continue;
      }
      const report = await importFactChecks(db, CLI_ACTOR, "cli", { name: path, bytes }, maps);
      run.files.push({ input: path, ...report });
      run.imported += report.imported;
      run.alreadyImported += report.alreadyImported;
      run.rejected += report.rejected;
    }
  });
  await writeOut(flags.json ? `${JSON.stringify(run)}\n` : formatRun(run));
  return run.unreadable.length > 0 ? 2 : 0;
}

/** The --map entries as the two mappings, or why one is wrong. */
function parseMaps(pairs: readonly string[]): { columnMap: TFactCheckColumnMap; labelMap: TVerdictLabelMap } | string {
  const maps = parseImportMaps(pairs);
  if (!("bad" in maps)) return maps;
  return `Bad --map "${maps.bad}": expected field=Column with field one of ${FACT_CHECK_CSV_FIELDS.join(", ")}, or "Label=verdict" with verdict one of ${VERDICTS.join(", ")}.`;
}

function formatRun(run: ImportRun): string {
  const lines = [`imported ${run.imported}, already imported ${run.alreadyImported}, rejected ${run.rejected}`];
  for (const file of run.files) {
    lines.push(
      `${file.input} (${file.format}): imported ${file.imported}, already imported ${file.alreadyImported}, rejected ${file.rejected}`,
    );
    for (const claim of file.claims)
      lines.push(
        `  ${claim.verdict.padEnd(12)} claim ${claim.claimId}${claim.verdictApplied ? "" : " (kept its own verdict)"}  ${claim.location}`,
      );
    for (const error of file.errors) lines.push(`  error  ${error.input} (${error.location}): ${error.message}`);
  }
  for (const problem of run.unreadable) lines.push(`  error  ${problem.input}: cannot be read: ${problem.message}`);
  return `${lines.join("\n")}\n`;
}
