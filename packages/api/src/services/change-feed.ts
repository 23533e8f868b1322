import type { TChangeEvent } from "@tekser/contracts";
import type { Tx } from "@tekser/db";

/** The PostgreSQL channel every server process LISTENs on for dashboard updates. */
export const CHANGE_CHANNEL = "tekser_changes";

/**
 * Announces an audited change. NOTIFY inside the change's transaction is delivered only if it
 * commits, and to every server process listening on the database, so two instances stay in step.
 */
export async function notifyChange(tx: Tx, change: TChangeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(change)})`;
}
