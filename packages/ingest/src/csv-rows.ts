import { parse, type CsvError } from "csv-parse/sync";

/** A CSV row keyed by its header's column names, with its raw text and where it ends. */
export interface CsvRow {
  record: Record<string, string>;
  raw: string;
  info: { lines: number; records: number };
}

/**
 * Reads a CSV whose first row names the columns (`,`, `;` or tab, sniffed from that row). An
 * unreadable row is handed to `onSkip` with its line and the others are still read.
 * @throws csv-parse's error (with `lines`) when the text as a whole is not CSV
 */
export function readCsvRows(
  text: string,
  onSkip: (line: number, message: string, raw: string | undefined) => void,
): CsvRow[] {
  return parse(text, {
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A quote inside an unquoted field (`Астана "Су" арнасы`) is kept as a character. Strict,
    // each such quote skipped a record and csv-parse re-read the rest of the line for the next
    // one: 64 kB of `x"` took tens of seconds and made thousands of errors.
    relax_quotes: true,
    delimiter: sniffDelimiter(text),
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (error) onSkip(Number(error.lines), error.message, raw);
    },
  });
}

function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? ",";
}
