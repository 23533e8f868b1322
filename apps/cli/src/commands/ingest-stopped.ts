import { isConnectionLoss } from "@tekser/db";
import { writeOut } from "../output.ts";

/** Exit code of `tekser ingest` when an input could not be read, or the run could not finish. */
const INGEST_INCOMPLETE = 2;

/**
 * Reports a run that the database's going away stopped, and returns its exit code; any other
 * failure is rethrown. Stored groups are committed and a re-run finds them as duplicates, so the
 * advice is always the same command again.
 */
export async function reportStoppedRun(error: unknown, json: boolean): Promise<number> {
  if (!isConnectionLoss(error)) throw error;
  const reason = error instanceof Error ? (error.message.trim().split("\n").pop() ?? error.name) : String(error);
  const message =
    `tekser ingest stopped: lost the database connection (${reason}). ` +
    "What was stored before is kept; run the same command again once the database is reachable: stored inputs come back as duplicates.";
  process.stderr.write(`${message}\n`);
  if (json) await writeOut(`${JSON.stringify({ stopped: { code: "DATABASE_CONNECTION_LOST", message } })}\n`);
  return INGEST_INCOMPLETE;
}
