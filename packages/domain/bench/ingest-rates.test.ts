import { describe, expect, it } from "vitest";
import { compareRates, DIRECTORY_ROW, formatComparison, readIngestRates } from "./ingest-rates.ts";

/** An output of `pnpm bench:ingest` (two formats of its table kept), as it prints it. */
const output = (
  rss: number,
  html: number,
  directory: number,
) => `first ingest of the process (starts the parsing thread): 1327 ms
load average at the end 1.2 2.0 3.8 on 2 cores
format              items  parse-only items/s  e2e items/s  raw bare rows/s  e2e/bare  raw into Item rows/s  e2e/Item  max RSS so far
------------------  -----  ------------------  -----------  ---------------  --------  --------------------  --------  --------------
RSS feed             2000                6639  ${String(rss).padStart(11)}            11895       10%                 10109       11%          343 MB
HTML page             200                 568  ${String(html).padStart(11)}             3243        8%                  1917       13%          428 MB

directory: 76 files, 8 MB on disk, 15200 items in 10.1 s (${directory} items/s); RSS at start 425 MB, peak 612 MB, end 523 MB; JS heap peak 246 MB
`;

describe("bench:ingest rates", () => {
  it("reads each row's end-to-end rate from its column, and the directory's", () => {
    expect([...readIngestRates(output(1144, 252, 1502))]).toEqual([
      ["RSS feed", 1144],
      ["HTML page", 252],
      [DIRECTORY_ROW, 1502],
    ]);
  });

  it("refuses an output without the rate table", () => {
    expect(() => readIngestRates("Error: connect ECONNREFUSED")).toThrow(/no header naming the column e2e items\/s/);
  });

  it("compares pairs by the change of the mean rate, each pair's change beside it", () => {
    const before = [output(1000, 200, 1500), output(1200, 300, 1500)].map(readIngestRates);
    const after = [output(900, 150, 1500), output(1300, 210, 1200)].map(readIngestRates);
    const rows = compareRates(before, after);
    const [rss, html, directory] = rows;
    expect(rss?.change).toBeCloseTo(0);
    expect(rss?.pairChanges.map((change) => Math.round(change * 100))).toEqual([-10, 8]);
    expect(html?.change).toBeCloseTo(-0.28);
    expect(directory?.change).toBeCloseTo(-0.1);
    const table = formatComparison(rows, 0.15);
    expect(table).toContain("| RSS feed | 1000 / 1200 | 900 / 1300 | +0 % | −10 %, +8 % | yes |");
    expect(table).toContain("| HTML page | 200 / 300 | 150 / 210 | −28 % | −25 %, −30 % | no |");
    expect(table).toContain("| directory | 1500 / 1500 | 1500 / 1200 | −10 % | +0 %, −20 % | yes |");
  });

  it("leaves out a row one version does not print, and refuses runs that do not pair", () => {
    const before = [readIngestRates(output(1000, 200, 1500))];
    const after = new Map(before[0]);
    after.delete("HTML page");
    expect(compareRates(before, [after]).map(({ row }) => row)).toEqual(["RSS feed", DIRECTORY_ROW]);
    expect(() => compareRates(before, [])).toThrow("Runs come in pairs: 1 before, 0 after");
  });
});
