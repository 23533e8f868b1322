import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { reclusterClaims, type ReclusterReport } from "@tekser/domain/claims/claim-recluster.ts";
import { withDatabase } from "../database.ts";
import type { CliEnv } from "../env.ts";
import { writeOut } from "../output.ts";

const CLI_ACTOR = { ...SYSTEM_ACTOR, name: "cli" };
/** Moves listed in the text report; the counts, and --json, cover all. */
const LISTED_MOVES = 200;

export const RECLUSTER_USAGE = `Usage: tekser claims recluster [--since <date>] [--dry-run] [--json]
  Re-applies the current clustering rule to the items stored since <date> (YYYY-MM-DD or an ISO
  time; all items when left out), then the image rule: an item with too few words of its own
  joins the claim its picture shows. Items a reviewer merged or split, and claims with a published
  notice, stay as they are. --dry-run reports what would move and changes nothing.\n`;

export interface ReclusterFlags {
  since?: string | undefined;
  dryRun: boolean;
  json: boolean;
}

/** `tekser claims recluster …`: exit 0 when done (or reported), 2 when the flags are wrong. */
export async function reclusterCommand(env: CliEnv, flags: ReclusterFlags): Promise<number> {
  const since = flags.since === undefined ? undefined : parseSince(flags.since);
  if (since === null) {
    process.stderr.write(
      `--since: "${flags.since}" is not a date (use YYYY-MM-DD or an ISO time such as 2026-03-01T00:00:00+05:00)\n${RECLUSTER_USAGE}`,
    );
    return 2;
  }
  const report = await withDatabase(env, (db) => reclusterClaims(db, CLI_ACTOR, { since, dryRun: flags.dryRun }));
  await writeOut(flags.json ? `${JSON.stringify(report)}\n` : formatReport(report));
  return 0;
}

function parseSince(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function formatReport(report: ReclusterReport): string {
  const verb = report.dryRun ? "would move" : "moved";
  const lines = [
    `${report.dryRun ? "Dry run: nothing was changed. " : ""}examined ${report.examined} items, kept ${report.kept} (placed by a reviewer or published), ${verb} ${report.moves.length}`,
    `new claims ${report.newClaims.length}, claims merged into others ${report.mergedClaims.length}`,
  ];
  for (const move of report.moves.slice(0, LISTED_MOVES))
    lines.push(
      `  item ${move.itemId}: ${move.from ?? "no claim"} → ${move.to ?? "no claim"}${move.evidence === "image" ? " (placed by its image)" : ""}`,
    );
  if (report.moves.length > LISTED_MOVES)
    lines.push(`  … and ${report.moves.length - LISTED_MOVES} more (--json lists all)`);
  for (const merged of report.mergedClaims) lines.push(`  claim ${merged.claimId} merged into ${merged.into}`);
  return `${lines.join("\n")}\n`;
}
