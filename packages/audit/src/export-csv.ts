import { stringify } from "csv-stringify/sync";
import type { StoredEvent } from "./verify.ts";

const CSV_COLUMNS = [
  "seq",
  "at",
  "actorName",
  "actorRole",
  "actorId",
  "action",
  "subjectType",
  "subjectId",
  "reason",
  "before",
  "after",
  "prevHash",
  "hash",
] as const;

/** The CSV header row (RFC 4180, CRLF line ends, as spreadsheets expect). */
export function csvHeaderLine(): string {
  return stringify([[...CSV_COLUMNS]], { record_delimiter: "windows" });
}

/** Rows for a batch of events; before/after as JSON text so nothing is lost in the cells. */
export function csvEventLines(events: StoredEvent[]): string {
  const rows = events.map((event) =>
    CSV_COLUMNS.map((column) => {
      const value = event[column];
      if (column === "before" || column === "after")
        return value === null || value === undefined ? "" : JSON.stringify(value);
      return value ?? "";
    }),
  );
  // A cell starting with = + - @ tab or CR would run as a formula in a spreadsheet (OWASP CSV
  // injection): escape_formulas prefixes a quote to it.
  return stringify(rows, { record_delimiter: "windows", escape_formulas: true });
}
