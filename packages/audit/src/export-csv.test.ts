import { describe, expect, it } from "vitest";
import { csvEventLines } from "./export-csv.ts";
import { buildChain } from "./test-chain.ts";

describe("[AUDIT][CSV] formula cells are neutralised", () => {
  it("prefixes a quote to every cell a spreadsheet would run as a formula; other cells are unchanged", () => {
    const formulas = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];
    const events = formulas.map((actorName, index) => ({
      ...buildChain(1)[0]!,
      seq: String(index + 1),
      actorName,
      reason: "Дереккөз: election.gov.kz",
    }));
    const rows = csvEventLines(events).split("\r\n").filter(Boolean);
    const actorCells = rows.map((row) => row.split(",")[2]);
    expect(actorCells).toEqual([
      `"'=HYPERLINK(""http://evil.example""`, // the cell goes on past this split; its start is what counts
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rcmd",
    ]);
    expect(rows[1]).toContain(",Дереккөз: election.gov.kz,");
    expect(rows[1]?.startsWith("2,2026-03-14T00:01:00.000Z,")).toBe(true);
  });
});
