import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inPieces } from "../test/fixture.ts";
import { CsvRecordSplitter, type CsvPart } from "./split-csv-records.ts";

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function split(text: string, pieceSizes: number[], limits = { records: 3, bytes: 1 << 20 }): CsvPart[] {
  const splitter = new CsvRecordSplitter(limits);
  const parts = inPieces(text, pieceSizes).flatMap((piece) => splitter.push(piece));
  return [...parts, ...splitter.end()];
}

describe("CsvRecordSplitter", () => {
  it("gives every record once, in order, in parts that each parse as a CSV file with the header", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ unit: fc.constantFrom("a", "ә", '"', ",", "\n", "\r\n", " ") })), {
          maxLength: 10,
        }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 4 }),
        (rows, newline, finalNewline, pieceSizes) => {
          const lines = [["Page Name", "Message"], ...rows].map((row) => row.map(field).join(","));
          const text = lines.join(newline) + (finalNewline ? newline : "");
          const parts = split(text, pieceSizes);
          let first = 0;
          const records: string[][] = [];
          for (const part of parts) {
            expect(part.first).toBe(first);
            const parsed: string[][] = parse(Buffer.from(part.bytes), { relax_column_count: true });
            expect(parsed[0]).toEqual(["Page Name", "Message"]);
            expect(parsed.length - 1).toBe(part.count);
            records.push(...parsed.slice(1));
            first += part.count;
          }
          expect(records).toEqual(rows.map(([page, message]) => [page, message]));
        },
      ),
    );
  });

  it("cuts parts at the record and byte limits, and a record that never ends at the byte limit", () => {
    const text = ["a,b", ...Array.from({ length: 10 }, (_, n) => `${n},${"x".repeat(100)}`)].join("\n");
    expect(split(text, [50], { records: 4, bytes: 1 << 20 }).map((part) => part.count)).toEqual([4, 4, 2]);
    expect(split(text, [50], { records: 100, bytes: 250 }).map((part) => part.count)).toEqual([3, 3, 3, 1]);
    const unclosed = `a,b\n1,"${"y".repeat(1000)}`;
    const parts = split(unclosed, [64], { records: 100, bytes: 300 });
    expect(Math.max(...parts.map((part) => part.bytes.length))).toBeLessThan(700);
    expect(parts.reduce((sum, part) => sum + part.bytes.length - 4, 0)).toBe(unclosed.length - 4);
  });
});
