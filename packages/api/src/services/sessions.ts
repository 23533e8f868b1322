import { createHash, randomBytes } from "node:crypto";
import type { TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

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
} as const;

/** The user behind a session cookie, or null when it is unknown, expired or the user is disabled. */
export async function userForSessionToken(db: Db, token: string | undefined): Promise<TSessionUser | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.expiresAt.getTime() < Date.now() || !session.user.active) return null;
  const { active: _active, ...user } = session.user;
  return user;
}
