import { ConnectionLostError } from "./sql-transaction.ts";

// What says "the database went away" rather than "the database refused this": a command that
// meets one stops and tells the user to run it again, instead of blaming an input.

/** Prisma's codes for a server it cannot reach, that closed the connection or timed out. */
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** SQLSTATE class 08 (connection exception) and the shutdown codes of class 57. */
const SQLSTATE_CONNECTION = /^(?:08[0-9A-Z]{3}|57P0[1-3])$/;
/** Socket errors of node and of pg. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);
const PRISMA_INITIALIZATION = "PrismaClientInitializationError";
const PG_TERMINATED = /^Connection terminated/;

/** Whether `error`, or an error it wraps, means the connection to PostgreSQL was lost or refused. */
export function isConnectionLoss(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; current = current.cause, depth++) {
    if (
      current instanceof ConnectionLostError ||
      current.name === PRISMA_INITIALIZATION ||
      PG_TERMINATED.test(current.message)
    )
      return true;
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === "string" &&
      (PRISMA_CONNECTION_CODES.has(code) || SQLSTATE_CONNECTION.test(code) || SOCKET_CODES.has(code))
    )
      return true;
  }
  return false;
}
