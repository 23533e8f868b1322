import { describe, expect, it } from "vitest";
import { connectionPool } from "./client.ts";
import { arrayLiterals } from "./array-literal.ts";
import { inSqlTransaction } from "./sql-transaction.ts";
import { Prisma } from "./index.ts";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();

describe("[DB] arrayLiterals", () => {
  it("gives PostgreSQL one array per row, numbers and awkward strings alike, empty rows included", async () => {
    const numbers = [[1, -2, 4_294_967_295], [], [0]];
    const strings = [['say "hi"', "back\\slash", "a,b", "{braces}", "", "NULL"], [], ["ақпарат"]];
    const rows = await inSqlTransaction(connectionPool(database.db), (tx) =>
      tx.$queryRaw<{ numbers: string[]; strings: string[] }[]>(Prisma.sql`
        SELECT n::bigint[]::text[] AS "numbers", s::text[] AS "strings"
        FROM unnest(${arrayLiterals(numbers)}::text[], ${arrayLiterals(strings)}::text[]) AS v(n, s)`),
    );
    expect(rows).toEqual([
      { numbers: ["1", "-2", "4294967295"], strings: strings[0] },
      { numbers: [], strings: [] },
      { numbers: ["0"], strings: ["ақпарат"] },
    ]);
  });
});
