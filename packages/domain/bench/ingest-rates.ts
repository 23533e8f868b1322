/**
 * Reads the end-to-end rates `pnpm bench:ingest` prints and compares runs of two versions of the
 * code, run in alternation (ingest-compare.ts): on a shared machine one run's rates move by tens of
 * per cent, so a change is read from several pairs, each pair's runs close in time.
 */

/** The row the directory phase adds to the format rows. */
export const DIRECTORY_ROW = "directory";

/** A row's end-to-end rate (items or pages per second), by row name, in the order printed. */
export type IngestRates = Map<string, number>;

/** The rates of one `bench:ingest` output: its table's "e2e items/s" column and the directory's rate. */
export function readIngestRates(output: string): IngestRates {
  const lines = output.split("\n");
  const headerAt = lines.findIndex((line) => line.includes("e2e items/s"));
  if (headerAt < 0) throw new Error("No rate table in this output: it has no header naming the column e2e items/s");
  const columns = (line: string) => line.trim().split(/\s{2,}/);
  const rateColumn = columns(lines[headerAt] as string).indexOf("e2e items/s");
  const rates: IngestRates = new Map();
  // The header, a rule of dashes, then a row per format up to the first empty line.
  for (const line of lines.slice(headerAt + 2)) {
    if (line.trim() === "") break;
    const cells = columns(line);
    const rate = Number(cells[rateColumn]);
    if (Number.isFinite(rate)) rates.set(cells[0] as string, rate);
  }
  const directory = /^directory:.*\((\d+) items\/s\)/m.exec(output);
  if (directory) rates.set(DIRECTORY_ROW, Number(directory[1]));
  return rates;
}

export interface RowComparison {
  row: string;
  before: number[];
  after: number[];
  /** Change of the mean rate, as a fraction (−0.1: 10 % slower). */
  change: number;
  /** Each pair's change, as a fraction. */
  pairChanges: number[];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Each row's rates before and after, pair by pair (`before[i]` was run next to `after[i]`). A row
 * missing from any run is left out: a change of the table between versions, not a rate.
 */
export function compareRates(before: readonly IngestRates[], after: readonly IngestRates[]): RowComparison[] {
  if (before.length !== after.length || before.length === 0)
    throw new Error(`Runs come in pairs: ${before.length} before, ${after.length} after`);
  const rows = [...(before[0] as IngestRates).keys()];
  return rows.flatMap((row) => {
    const pairs = before.map((run, index) => [run.get(row), after[index]?.get(row)] as const);
    if (pairs.some(([a, b]) => a === undefined || b === undefined)) return [];
    const [rowBefore, rowAfter] = [pairs.map(([a]) => a as number), pairs.map(([, b]) => b as number)];
    return [
      {
        row,
        before: rowBefore,
        after: rowAfter,
        change: mean(rowAfter) / mean(rowBefore) - 1,
        pairChanges: pairs.map(([a, b]) => (b as number) / (a as number) - 1),
      },
    ];
  });
}

const percent = (fraction: number) => `${fraction >= 0 ? "+" : "−"}${Math.abs(Math.round(fraction * 100))} %`;

/** A Markdown table of the comparison, each row marked against a budget (0.15: at most 15 % slower). */
export function formatComparison(rows: readonly RowComparison[], budget: number): string {
  const header = "| row | before | after | change | per pair | within −" + Math.round(budget * 100) + " % |";
  const body = rows.map(
    ({ row, before, after, change, pairChanges }) =>
      `| ${row} | ${before.join(" / ")} | ${after.join(" / ")} | ${percent(change)} | ` +
      `${pairChanges.map(percent).join(", ")} | ${change >= -budget ? "yes" : "no"} |`,
  );
  return [header, "|---|---|---|---|---|---|", ...body].join("\n");
}
