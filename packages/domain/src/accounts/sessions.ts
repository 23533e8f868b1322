import { createHash, randomBytes } from "node:crypto";
import type { TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { mustEnrolTotp } from "./totp-requirement.ts";

/** How long a session may live: rules as data, read by login, every request and open event streams. */
export const SESSION_LIMITS = {
  /** The longest a session lasts, however active. */
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
  /** A session unused for this long ends (a dashboard left open on a shared computer). */
  idleMs: 12 * 60 * 60 * 1000,
  /** `lastSeenAt` is written at most this often: one write a minute per active session, not one per request. */
  touchEveryMs: 60 * 1000,
} as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

const sessionUserSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  locale: true,
  mustChangePassword: true,
  active: true,
  totpEnabledAt: true,
} as const;

/**
 * The user behind a session cookie, or null when it is unknown, past its maximum age, idle for
 * too long or the user is disabled. A request counts as activity (`touch`); an open event
 * stream checking that its session still lasts does not, so a forgotten tab still times out.
 */
export async function userForSessionToken(
  db: Db,
  token: string | undefined,
  { touch = true } = {},
): Promise<TSessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  const now = Date.now();
  if (
    !session ||
    session.expiresAt.getTime() < now ||
    session.lastSeenAt.getTime() < now - SESSION_LIMITS.idleMs ||
    !session.user.active
  ) {
    return null;
  }
  if (touch && session.lastSeenAt.getTime() < now - SESSION_LIMITS.touchEveryMs) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { active: _active, totpEnabledAt, ...user } = session.user;
  return { ...user, mustEnrolTotp: await mustEnrolTotp(db, user.role, totpEnabledAt) };
}
