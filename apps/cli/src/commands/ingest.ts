import { ingestInputs, SYSTEM_ACTOR } from "@tekser/api";
import type { TIngestReport } from "@tekser/contracts";
import { withDatabase } from "../database.ts";
import type { CliEnv } from "../env.ts";
import { readInputs, type UnreadableInput } from "../inputs.ts";
import { writeOut } from "../output.ts";

const CLI_ACTOR = { ...SYSTEM_ACTOR, name: "cli" };

/** `tekser ingest <file|dir>... [--json]`: exit 0 when every input was read, 2 when one could not be. */
export async function ingestCommand(env: CliEnv, paths: string[], options: { json: boolean }): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write("Usage: tekser ingest <file|dir>... [--json]\n");
    return 2;
  }
  const unreadable: UnreadableInput[] = [];
  const report = await withDatabase(env, (db) =>
    ingestInputs(db, CLI_ACTOR, "cli", readInputs(paths, (problem) => unreadable.push(problem))),
  );
  const errors = [...unreadable.map((problem) => ({ ...problem, location: "file" })), ...report.errors];
  const full: TIngestReport = { ...report, rejected: errors.length, errors };
  await writeOut(options.json ? `${JSON.stringify(full)}\n` : formatReport(full));
  return unreadable.length > 0 ? 2 : 0;
}

function formatReport(report: TIngestReport): string {
  const lines = [`accepted ${report.accepted}, duplicates ${report.duplicates}, rejected ${report.rejected}`];
  for (const item of report.items) {
    const when = item.publishedAt ?? item.archivedAt ?? "undated";
    const via = item.originalSource ? ` via ${item.originalSource}` : "";
    lines.push(`  ${item.duplicate ? "dup" : "new"}  ${item.kind.padEnd(8)} ${item.lang}  ${when}  ${item.source}${via}  ${item.title ?? ""}`);
  }
  for (const error of report.errors) lines.push(`  error  ${error.input} (${error.location}): ${error.message}`);
  return `${lines.join("\n")}\n`;
}
