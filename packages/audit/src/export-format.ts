import { ZAuditEventRow } from "@tekser/contracts";
import { z } from "zod";
import { ChainVerifier, ExcerptVerifier, type ChainHead, type ChainReport, type StoredEvent } from "./verify.ts";

/**
 * JSON Lines export of audit events: one header line, then one event per line with every field
 * its hash covers plus `hash`, so the file verifies offline with no database.
 */
export const EXPORT_FORMAT = "tekser-audit-export";

export const ZExportHeader = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  /** True when no filter applied: the file is the whole chain from the genesis and verifies as one. */
  complete: z.boolean(),
  filters: z.record(z.string(), z.unknown()),
  exportedAt: z.string(),
});
export type TExportHeader = z.infer<typeof ZExportHeader>;

/** One event line: the same fields as a row of the audit table in the dashboard. */
const ZExportedEvent = ZAuditEventRow;

export function exportHeaderLine(header: Omit<TExportHeader, "format" | "version">): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...header })}\n`;
}

export function exportEventLine(event: StoredEvent): string {
  return `${JSON.stringify({ ...event, before: event.before ?? null, after: event.after ?? null })}\n`;
}

export type ExportReport =
  | (ChainReport & { complete: boolean; unreadable: null })
  | { ok: false; unreadable: { line: number; message: string } };

/**
 * Verifies an export from its lines (streamed): a complete export as a chain from the genesis
 * (and against `checkpoint` if given), a filtered one as an excerpt.
 */
export async function verifyExportLines(
  lines: AsyncIterable<string> | Iterable<string>,
  checkpoint?: ChainHead | null,
): Promise<ExportReport> {
  let lineNumber = 0;
  let header: TExportHeader | null = null;
  let verifier: ChainVerifier | ExcerptVerifier | null = null;
  for await (const raw of lines) {
    lineNumber += 1;
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return { ok: false, unreadable: { line: lineNumber, message: `not JSON: ${(error as Error).message}` } };
    }
    if (!header) {
      const parsed = ZExportHeader.safeParse(value);
      if (!parsed.success)
        return {
          ok: false,
          unreadable: {
            line: lineNumber,
            message: `not a ${EXPORT_FORMAT} header: ${parsed.error.issues[0]?.message ?? ""}`,
          },
        };
      header = parsed.data;
      verifier = header.complete ? new ChainVerifier({ checkpoint: checkpoint ?? null }) : new ExcerptVerifier();
      continue;
    }
    const event = ZExportedEvent.safeParse(value);
    if (!event.success) {
      const issue = event.error.issues[0];
      return {
        ok: false,
        unreadable: {
          line: lineNumber,
          message: `not an audit event: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`,
        },
      };
    }
    if (verifier?.push(event.data)) break;
  }
  if (!header || !verifier)
    return { ok: false, unreadable: { line: lineNumber, message: "empty file: no export header" } };
  return { ...verifier.finish(), complete: header.complete, unreadable: null };
}
