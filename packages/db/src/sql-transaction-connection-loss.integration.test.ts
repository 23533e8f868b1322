import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionPool } from "./client.ts";
import { inSqlTransaction } from "./sql-transaction.ts";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();
let other: pg.Client;

beforeAll(async () => {
  other = new pg.Client({ connectionString: database.url });
  await other.connect();
});

afterAll(async () => other.end());

/** Ends the backend `pid` from another connection, as a PostgreSQL restart or an administrator would. */
async function terminateBackend(pid: number): Promise<void> {
  await other.query("SELECT pg_terminate_backend($1)", [pid]);
}

describe("[DB][FAULTS] PostgreSQL ends the connection in the middle of a transaction", () => {
  it("rejects the transaction with an error saying the connection was lost, and the process carries on", async () => {
    const pool = connectionPool(database.db);
    const outcome = inSqlTransaction(pool, async (tx) => {
      const [{ pid }] = await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
      await tx.$executeRaw`CREATE TEMPORARY TABLE lost_with_connection (id int)`;
      await terminateBackend(pid);
      await tx.$executeRaw`INSERT INTO lost_with_connection VALUES (1)`;
    }).then(
      () => null,
      (error: unknown) => error,
    );
    const failure = await outcome;
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/connection to PostgreSQL was lost during a transaction/);
    // The pool replaced the dead connection: the next transaction works.
    const answer = await inSqlTransaction(pool, async (tx) => tx.$queryRaw<[{ one: number }]>`SELECT 1 AS one`);
    expect(answer).toEqual([{ one: 1 }]);
  });
});
