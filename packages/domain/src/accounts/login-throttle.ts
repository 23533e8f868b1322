import { createHash } from "node:crypto";
import { Prisma, type Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";

interface ThrottleRule {
  /** Failures allowed before attempts are refused for a while. */
  freeFailures: number;
  /** The first refusal lasts this long; each further failure doubles it, up to `maxLockSeconds`. */
  firstLockSeconds: number;
  maxLockSeconds: number;
}

/**
 * Failed-login limits, per username (guessing one account's password) and per client address
 * (trying many usernames). Counters live in PostgreSQL so every server instance on the database
 * enforces the same limits. A lock is temporary, so a colleague cannot be locked out for long.
 */
export const LOGIN_THROTTLE = {
  username: { freeFailures: 5, firstLockSeconds: 2, maxLockSeconds: 15 * 60 },
  address: { freeFailures: 20, firstLockSeconds: 2, maxLockSeconds: 15 * 60 },
  /** Counted, never locked: failed logins for usernames that do not exist, for one aggregated audit event. */
  unknownUsernames: { freeFailures: 2 ** 31 - 1, firstLockSeconds: 0, maxLockSeconds: 0 },
  /** A counter starts again after this long without a failure. */
  forgetAfterSeconds: 15 * 60,
} satisfies Record<string, ThrottleRule | number>;

/** Hashed, so a password typed into the username box is not kept in the table. */
function throttleKey(kind: "username" | "address" | "unknownUsernames", value: string): string {
  return createHash("sha256").update(`${kind}:${value}`).digest("hex");
}

function usernameKey(username: string): string {
  return throttleKey("username", username.trim().toLowerCase());
}

function addressKey(clientAddress: string | null): string {
  return throttleKey("address", clientAddress ?? "unknown");
}

/**
 * Counts one attempt against `key` unless it is locked, atomically (concurrent attempts from
 * several instances cannot all slip through before the lock): returns the failure count, or
 * the seconds until the lock ends.
 */
async function countAttempt(
  db: Db,
  key: string,
  rule: ThrottleRule,
): Promise<{ failures: number } | { retryAfterSeconds: number }> {
  const forgotten = Prisma.sql`t."lastFailureAt" < now() - make_interval(secs => ${LOGIN_THROTTLE.forgetAfterSeconds})`;
  const failures = Prisma.sql`(CASE WHEN ${forgotten} THEN 1 ELSE t.failures + 1 END)`;
  const lockUntil = (count: Prisma.Sql) => Prisma.sql`
    CASE WHEN ${count} > ${rule.freeFailures}
      THEN now() + make_interval(secs => least(${rule.maxLockSeconds}::float8, ${rule.firstLockSeconds}::float8 * 2 ^ (${count} - ${rule.freeFailures} - 1)))
    END`;
  const counted = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t (key, failures, "lastFailureAt", "lockedUntil")
    VALUES (${key}, 1, now(), ${lockUntil(Prisma.sql`1`)})
    ON CONFLICT (key) DO UPDATE SET failures = ${failures}, "lastFailureAt" = now(), "lockedUntil" = ${lockUntil(failures)}
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= now()
    RETURNING failures`;
  if (counted[0]) return { failures: counted[0].failures };
  const [lock] = await db.$queryRaw<{ seconds: number }[]>`
    SELECT greatest(1, ceil(extract(epoch FROM "lockedUntil" - now())))::int AS seconds FROM "LoginThrottle" WHERE key = ${key}`;
  return { retryAfterSeconds: lock?.seconds ?? 1 };
}

/**
 * Counts a login attempt as a failure before the password is checked (undone on success), so a
 * burst of parallel guesses meets the lock as soon as it is set. Throws TOO_MANY_LOGIN_ATTEMPTS
 * with `retryAfterSeconds` when the username or the client address is locked.
 */
export async function reserveLoginAttempt(
  db: Db,
  attempt: { username: string; clientAddress: string | null },
): Promise<void> {
  const checks = [
    { key: usernameKey(attempt.username), rule: LOGIN_THROTTLE.username, what: `the username "${attempt.username}"` },
    {
      key: addressKey(attempt.clientAddress),
      rule: LOGIN_THROTTLE.address,
      what: `your address (${attempt.clientAddress ?? "unknown"})`,
    },
  ];
  for (const check of checks) {
    const counted = await countAttempt(db, check.key, check.rule);
    if ("retryAfterSeconds" in counted) {
      throw new AppError(
        "TOO_MANY_LOGIN_ATTEMPTS",
        `Too many failed logins for ${check.what}: try again in ${counted.retryAfterSeconds} s`,
        { retryAfterSeconds: counted.retryAfterSeconds },
      );
    }
  }
}

/**
 * A right password: the username's failures are forgotten and the address's reserved attempt is
 * given back. Counters already forgotten are deleted too, so guessed usernames do not pile up.
 */
export async function loginSucceeded(
  db: Db,
  attempt: { username: string; clientAddress: string | null },
): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE key = ${usernameKey(attempt.username)}
       OR ("lastFailureAt" < now() - make_interval(secs => ${LOGIN_THROTTLE.forgetAfterSeconds}) AND ("lockedUntil" IS NULL OR "lockedUntil" < now()))`;
  await db.$executeRaw`UPDATE "LoginThrottle" SET failures = greatest(failures - 1, 0) WHERE key = ${addressKey(attempt.clientAddress)}`;
}

/** How many logins for non-existent usernames came from this address in the current window, this one included. */
export async function countUnknownUsername(db: Db, clientAddress: string | null): Promise<number> {
  const counted = await countAttempt(
    db,
    throttleKey("unknownUsernames", clientAddress ?? "unknown"),
    LOGIN_THROTTLE.unknownUsernames,
  );
  return "failures" in counted ? counted.failures : 0;
}
