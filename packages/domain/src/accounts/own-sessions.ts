import type { TOwnSessionRow } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { hashToken, SESSION_LIMITS } from "./sessions.ts";

/** The account's sessions that still last, newest activity first, marking the one asking. */
export async function listOwnSessions(
  db: Db,
  userId: string,
  currentToken: string | undefined,
): Promise<TOwnSessionRow[]> {
  const now = Date.now();
  const sessions = await db.session.findMany({
    where: { userId, expiresAt: { gt: new Date(now) }, lastSeenAt: { gt: new Date(now - SESSION_LIMITS.idleMs) } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, tokenHash: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  const currentHash = currentToken ? hashToken(currentToken) : null;
  return sessions.map((session) => ({
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    current: session.tokenHash === currentHash,
  }));
}

/**
 * Ends one of the caller's own sessions (a browser left signed in elsewhere). Another account's
 * session id is answered as unknown, so ids cannot be probed.
 */
export async function endOwnSession(db: Db, actor: Actor & { id: string }, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { id: sessionId, userId: actor.id } });
    if (ended.count === 0) throw new AppError("SESSION_NOT_FOUND", "No such session of yours");
    await recordAudit(tx, actor, {
      action: "auth.endSession",
      subjectType: "user",
      subjectId: actor.id,
      after: { sessionId },
    });
  });
}
