import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The one place a PrismaClient is created (driver adapter over node-postgres, no native engine).
 * JIT is off for its sessions: on a server that has it (Debian's, most hosted ones), a statement
 * the planner misjudged as large spent ~180 ms compiling to run in 30 (ingest's lookups, measured
 * with auto_explain); none of Tekser's statements run long enough to win that back.
 */
export function createDb(databaseUrl: string): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, options: "-c jit=off" });
  // A connection PostgreSQL ends (a restart, an administrator) after its user released it is
  // reported as the pool's 'error' event, which ends the process unless someone listens. Prisma's
  // adapter listens only once Prisma has connected; raw SQL (inSqlTransaction) may come first.
  // The pool has already discarded that connection and opens a new one for the next query.
  pool.on("error", () => undefined);
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  poolOf.set(db, pool);
  return db;
}

const poolOf = new WeakMap<Db, pg.Pool>();

/** The connection pool under a client from createDb, for raw SQL that skips Prisma's query compiler. */
export function connectionPool(db: Db): pg.Pool {
  const pool = poolOf.get(db);
  if (!pool) throw new Error("This client was not made by createDb: it has no known connection pool.");
  return pool;
}
