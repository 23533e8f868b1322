import { connectionPool, inSqlTransaction, Prisma, type SqlTransaction } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";

// Ingest stores through inSqlTransaction instead of a Prisma transaction: values must travel as
// they do through Prisma's raw queries, and a failure must leave nothing behind.
describe("inSqlTransaction", () => {
  const database = useTestDatabase();
  const inTransaction = <T>(work: Parameters<typeof inSqlTransaction<T>>[1]) =>
    inSqlTransaction(connectionPool(database.db), work);

  it("returns rows typed as Prisma's raw queries type them", async () => {
    const query = Prisma.sql`
      SELECT 9007199254740993::int8 AS big, ARRAY[1, NULL, 3]::int8[] AS bigs, 7::int AS small, ARRAY[1, 2]::int[] AS smalls,
             '2026-03-14T03:59:00Z'::timestamptz AS at, ARRAY['a', 'b'] AS texts, '{"k": 1}'::jsonb AS doc, gen_random_uuid() IS NOT NULL AS yes`;
    const [viaPrisma] = await database.db.$queryRaw<Record<string, unknown>[]>(query);
    const [viaPool] = await inTransaction((tx) => tx.$queryRaw<Record<string, unknown>[]>(query));
    expect(viaPool).toEqual(viaPrisma);
    expect(viaPool).toEqual({
      big: 9007199254740993n,
      bigs: [1n, null, 3n],
      small: 7,
      smalls: [1, 2],
      at: new Date("2026-03-14T03:59:00Z"),
      texts: ["a", "b"],
      doc: { k: 1 },
      yes: true,
    });
  });

  it("sends dates, bytes, arrays, bigints and nulls as the values they are", async () => {
    const at = new Date("2026-03-14T03:59:00.123Z");
    const bytes = [Buffer.from([0, 1, 255]), Buffer.from("тексер")];
    const [row] = await inTransaction(
      (tx) =>
        tx.$queryRaw<{ at: Date; bytes: Buffer[]; texts: string[]; big: bigint; nothing: string | null }[]>`
        SELECT ${at}::timestamptz AS at, ${bytes}::bytea[] AS bytes, ${["a,b", 'q"uote', "}"]}::text[] AS texts,
               ${12345678901234567n}::int8 AS big, ${null}::text AS nothing`,
    );
    expect(row).toEqual({ at, bytes, texts: ["a,b", 'q"uote', "}"], big: 12345678901234567n, nothing: null });
  });

  it("commits what the work wrote, and rolls all of it back when the work throws", async () => {
    await database.db.$executeRaw`CREATE TABLE "SqlTransactionProbe" ("name" text PRIMARY KEY)`;
    const written = await inTransaction(
      (tx) => tx.$executeRaw`INSERT INTO "SqlTransactionProbe" VALUES ('kept'), ('also kept')`,
    );
    expect(written).toBe(2);
    const failing = inTransaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "SqlTransactionProbe" VALUES ('lost')`;
      await tx.$executeRaw`INSERT INTO "SqlTransactionProbe" VALUES ('kept')`;
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    const names = await database.db.$queryRaw<
      { name: string }[]
    >`SELECT "name" FROM "SqlTransactionProbe" ORDER BY "name"`;
    expect(names.map(({ name }) => name)).toEqual(["also kept", "kept"]);
  });

  it("runs statements sent without awaiting each in the order sent, and rolls all back when one fails", async () => {
    await database.db.$executeRaw`CREATE TABLE "SqlTransactionOrder" ("seq" serial, "name" text PRIMARY KEY)`;
    await inTransaction((tx) =>
      Promise.all(
        ["first", "second", "third"].map(
          (name) => tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES (${name})`,
        ),
      ),
    );
    const failing = inTransaction((tx) =>
      Promise.all([
        tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES ('lost')`,
        tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES ('first')`,
        tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES ('also lost')`,
      ]),
    );
    await expect(failing).rejects.toThrow(/duplicate key/);
    // What was queued behind the failure is refused unsent, never run after the rollback on its own.
    let queuedRefusal: Promise<void> | undefined;
    const refused = inTransaction(async (tx) => {
      const failed = tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES ('second')`;
      queuedRefusal = expect(
        tx.$executeRaw`INSERT INTO "SqlTransactionOrder" ("name") VALUES ('queued')`,
      ).rejects.toThrow(/Not sent: an earlier statement of this transaction failed/);
      await failed;
    });
    await expect(refused).rejects.toThrow(/duplicate key/);
    await queuedRefusal;
    const rows = await database.db.$queryRaw<
      { name: string }[]
    >`SELECT "name" FROM "SqlTransactionOrder" ORDER BY "seq"`;
    expect(rows.map(({ name }) => name)).toEqual(["first", "second", "third"]);
  });

  it("commits without waiting for the disk only when asked, for that transaction alone", async () => {
    const setting = (tx: SqlTransaction) =>
      tx.$queryRaw<{ value: string }[]>`SELECT current_setting('synchronous_commit') AS value`.then(
        ([row]) => row?.value,
      );
    const pool = connectionPool(database.db);
    expect(await inSqlTransaction(pool, setting, { synchronousCommit: false })).toBe("off");
    expect(await inSqlTransaction(pool, setting)).toBe("on");
  });
});
