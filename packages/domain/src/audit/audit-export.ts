import { csvEventLines, csvHeaderLine, exportEventLine, exportHeaderLine } from "@tekser/audit";
import type { TAuditFilters } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, type Actor } from "./audit-log.ts";
import { auditEventsWhere, isUnfiltered } from "./audit-filters.ts";
import { auditEventBatches } from "./audit-verify.ts";

export type AuditExportFormat = "csv" | "jsonl";

/**
 * The filtered audit log as text chunks, one batch of events at a time, for an HTTP response to
 * stream: memory stays at one batch however long the log. The export itself is recorded first,
 * so a complete export contains the event of its own making.
 */
export async function* auditExportChunks(
  db: Db,
  actor: Actor,
  filters: TAuditFilters,
  format: AuditExportFormat,
): AsyncGenerator<string> {
  const where = await auditEventsWhere(db, filters);
  const complete = isUnfiltered(filters);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "audit.export",
      subjectType: "audit_log",
      subjectId: format,
      after: { format, filters, complete },
    }),
  );
  yield format === "csv"
    ? csvHeaderLine()
    : exportHeaderLine({ complete, filters, exportedAt: new Date().toISOString() });
  for await (const batch of auditEventBatches(db, where)) {
    yield format === "csv" ? csvEventLines(batch) : batch.map(exportEventLine).join("");
  }
}
