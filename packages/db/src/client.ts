import { PrismaPg } from "@prisma/adapter-pg";
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
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: "-c jit=off" }) });
}
