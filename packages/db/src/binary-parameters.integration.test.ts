import { describe, expect, it } from "vitest";
import { connectionPool } from "./client.ts";
import { binaryTextArray, concatenatedBytes } from "./binary-parameters.ts";
import { inSqlTransaction } from "./sql-transaction.ts";
import { Prisma } from "./index.ts";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();

const AWKWARD = [
  'say "hi"',
  "back\\slash",
  "a,b",
  "{braces}",
  "",
  "NULL",
  "ақпарат",
  "Тоқаев провёл встречу",
  "emoji 🇰🇿 and 𝒜",
  "tab\tnew\nline",
  "lone \ud800 surrogate",
  "x".repeat(100_000),
];

describe("[DB] binary parameters", () => {
  it("sends a text[] element for element as node-postgres's text form does, nulls and an empty array included", async () => {
    const withNulls = [...AWKWARD, null, "after null"];
    const rows = await inSqlTransaction(connectionPool(database.db), (tx) =>
      tx.$queryRaw<{ binary: (string | null)[]; text: (string | null)[]; empty: string[]; count: number }[]>(Prisma.sql`
        SELECT ${binaryTextArray(withNulls)}::text[] AS "binary", ${withNulls}::text[] AS "text",
               ${binaryTextArray([])}::text[] AS "empty",
               (SELECT count(*)::int FROM unnest(${binaryTextArray(withNulls)}::text[])) AS "count"`),
    );
    expect(rows[0]?.binary).toEqual(rows[0]?.text);
    expect(rows[0]?.binary[AWKWARD.indexOf("lone \ud800 surrogate")]).toBe("lone \uFFFD surrogate");
    expect(rows[0]).toMatchObject({ empty: [], count: withNulls.length });
    // Services also run these statements in Prisma's transactions, whose client sends a Buffer as bytes.
    const throughPrisma = await database.db.$queryRaw<{ binary: (string | null)[] }[]>(
      Prisma.sql`SELECT ${binaryTextArray(withNulls)}::text[] AS "binary"`,
    );
    expect(throughPrisma[0]?.binary).toEqual(rows[0]?.text);
  });

  it("gives each row its own bytes out of one parameter", async () => {
    const parts = [
      Buffer.from("first"),
      Buffer.alloc(0),
      Buffer.from([0x00, 0xff, 0x5c, 0x78, 0x27]),
      new Uint8Array(70_000).fill(7),
      Buffer.from("last"),
    ];
    const { bytes, starts, lengths } = concatenatedBytes(parts);
    const rows = await inSqlTransaction(connectionPool(database.db), (tx) =>
      tx.$queryRaw<{ body: Uint8Array }[]>(Prisma.sql`
        SELECT substring(${bytes}::bytea FROM s FOR l) AS "body"
        FROM unnest(${starts}::int[], ${lengths}::int[]) WITH ORDINALITY AS v(s, l, n) ORDER BY n`),
    );
    const hex = parts.map((part) => Buffer.from(part).toString("hex"));
    expect(rows.map(({ body }) => Buffer.from(body).toString("hex"))).toEqual(hex);
    const throughPrisma = await database.db.$queryRaw<{ body: Uint8Array }[]>(Prisma.sql`
      SELECT substring(${bytes}::bytea FROM s FOR l) AS "body"
      FROM unnest(${starts}::int[], ${lengths}::int[]) WITH ORDINALITY AS v(s, l, n) ORDER BY n`);
    expect(throughPrisma.map(({ body }) => Buffer.from(body).toString("hex"))).toEqual(hex);
  });
});
