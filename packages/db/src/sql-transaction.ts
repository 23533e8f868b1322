import { createRequire } from "node:module";
import pg from "pg";
import { Prisma } from "./generated/prisma/client.ts";

/** How node-postgres turns a query parameter into what it sends: arrays into literals, dates into text. */
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils.js") as {
  prepareValue: (value: unknown) => unknown;
};

/**
 * The raw-SQL part of a Prisma transaction client, which `SqlTransaction` also provides: code that
 * only needs raw SQL takes this, and runs in either.
 */
export interface SqlRunner {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
}

type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
const INT8 = 20 as TypeId;
const INT8_ARRAY = 1016 as TypeId;

/** int8 results as bigint, as Prisma's raw queries return them (node-postgres gives strings). */
const prismaLikeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: TypeId, format?: "text") => {
    const parse = pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    if (oid === INT8) return (value: string) => BigInt(value);
    if (oid === INT8_ARRAY)
      return (value: string) =>
        (parse(value) as (string | null)[]).map((element) => (element === null ? null : BigInt(element)));
    return parse;
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * Raw SQL on one pooled connection inside BEGIN … COMMIT. Prisma's client passes every raw query,
 * parameters included, through its query compiler (JSON in and out of WebAssembly): for ingest's
 * statements, whose parameters are megabytes of rows, that was a fifth of a run's time.
 */
export class SqlTransaction implements SqlRunner {
  /** Settles once every statement sent so far is answered. */
  private answered: Promise<void> = Promise.resolve();
  private unanswered = 0;
  /** The first statement that failed: PostgreSQL refuses the rest of the transaction, so nothing more is sent. */
  private failure: { error: unknown } | null = null;

  constructor(private readonly client: pg.PoolClient) {}

  /** Waits until every statement sent is answered, failed ones included (before COMMIT or ROLLBACK). */
  settled(): Promise<void> {
    return this.answered;
  }

  async $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> {
    return (await this.run(query, values)).rows as T;
  }

  async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number> {
    return (await this.run(query, values)).rowCount ?? 0;
  }

  /**
   * Statements may be sent without awaiting the one before: a connection runs one at a time, so
   * each waits here for the previous answer (node-postgres's own queue for that is deprecated),
   * and one sent while the connection is idle goes at once, so PostgreSQL runs it while the
   * caller builds the next.
   */
  private run(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Promise<pg.QueryResult> {
    const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
    const statement = { text: sql.text, values: sql.values.map(sentForm), types: prismaLikeTypes };
    const send = () => {
      if (this.failure)
        return Promise.reject(
          new Error("Not sent: an earlier statement of this transaction failed", { cause: this.failure.error }),
        );
      return this.client.query(statement);
    };
    const result = this.unanswered === 0 ? send() : this.answered.then(send);
    this.unanswered++;
    this.answered = result.then(
      () => {
        this.unanswered--;
      },
      (error: unknown) => {
        this.unanswered--;
        this.failure ??= { error };
      },
    );
    return result;
  }
}

/**
 * A parameter in the form node-postgres sends, made when its statement is queued rather than when
 * its turn comes, so that a statement queued behind another is built while PostgreSQL runs that
 * one. The byte length flattens a string built by concatenation (arrays become such literals) now,
 * where the send would.
 */
function sentForm(value: unknown): unknown {
  const sent = prepareValue(value);
  if (typeof sent === "string") Buffer.byteLength(sent);
  return sent;
}

interface TransactionOptions {
  /**
   * false: COMMIT returns without waiting for the transaction's WAL to reach the disk (PostgreSQL's
   * `synchronous_commit = off`). A crash of PostgreSQL or of the machine may then lose the last
   * such transactions (those of the last ~0.6 s), never part of one. For a caller that ends its
   * work with an ordinary commit, which flushes every transaction before it too.
   */
  synchronousCommit?: false;
}

/**
 * Runs `work` in a transaction of its own on a connection of `pool`; rolls back if it throws. A
 * checked-out connection has no listener of the pool's: without one of its own, PostgreSQL ending
 * it (a restart, an administrator) raised an 'error' event nobody handled, which ends the process.
 * Then the transaction rejects with `ConnectionLostError` and the pool discards the connection.
 */
export async function inSqlTransaction<T>(
  pool: pg.Pool,
  work: (tx: SqlTransaction) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const client = await pool.connect();
  let connectionError: Error | undefined;
  const noteConnectionError = (error: Error) => {
    connectionError ??= error;
  };
  client.on("error", noteConnectionError);
  const tx = new SqlTransaction(client);
  try {
    await client.query(options.synchronousCommit === false ? "BEGIN; SET LOCAL synchronous_commit TO off" : "BEGIN");
    const result = await work(tx);
    await tx.settled();
    await client.query("COMMIT");
    client.off("error", noteConnectionError);
    client.release();
    return result;
  } catch (error) {
    // Statements still queued behind the failed one are refused, never sent after the ROLLBACK.
    await tx.settled();
    const rolledBack = await client.query("ROLLBACK").then(
      () => true,
      () => false,
    );
    if (rolledBack && !connectionError) {
      client.off("error", noteConnectionError);
      client.release();
      throw error;
    }
    // The listener stays: the dead socket may still report errors after the pool lets go of it.
    const cause = connectionError ?? error;
    client.release(cause instanceof Error ? cause : true);
    throw new ConnectionLostError(cause);
  }
}

/** The connection under a transaction broke; PostgreSQL rolls back whatever it had not committed. */
export class ConnectionLostError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The connection to PostgreSQL was lost during a transaction (${reason}): its uncommitted changes are rolled back; run it again once the database is reachable.`,
      { cause },
    );
    this.name = "ConnectionLostError";
  }
}
