import {
  isResyncEvent,
  mayReceiveChange,
  SUBSCRIBED_EVENT,
  type TRealtimeEvent,
  type TSessionUser,
} from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { ChangeHub } from "../shared/change-feed.ts";
import { userForSessionToken } from "./sessions.ts";

/**
 * The changes one subscriber's role may see (REALTIME_SUBJECTS_BY_ROLE), for as long as the
 * session it was opened with lasts: it ends when the session is logged out, ended by a password
 * or role change (an event about the user, checked at once) or times out (checked every
 * `hub.sessionRecheckMs`). It opens with SUBSCRIBED_EVENT once it listens, so that the dashboard
 * refetches what it loaded before; a resync (changes may have been missed) reaches every subscriber.
 */
export async function* changesForSession(
  db: Db,
  hub: ChangeHub,
  subscriber: { user: TSessionUser; sessionToken: string | undefined },
  signal: AbortSignal | undefined,
): AsyncGenerator<TRealtimeEvent> {
  const sessionEnded = new AbortController();
  const stop = signal ? AbortSignal.any([signal, sessionEnded.signal]) : sessionEnded.signal;
  const sessionLasts = async () => {
    // Not a request of the user's: checking does not keep an idle session alive.
    const current = await userForSessionToken(db, subscriber.sessionToken, { touch: false }).catch(() => null);
    if (current?.id !== subscriber.user.id) sessionEnded.abort();
    return !sessionEnded.signal.aborted;
  };
  const timer = setInterval(() => void sessionLasts(), hub.sessionRecheckMs);
  try {
    const changes = hub.stream(stop);
    yield SUBSCRIBED_EVENT;
    for await (const change of changes) {
      if (isResyncEvent(change)) {
        yield change;
        continue;
      }
      if (change.subjectType === "user" && change.subjectId === subscriber.user.id && !(await sessionLasts())) return;
      if (mayReceiveChange(subscriber.user, change)) yield change;
    }
  } finally {
    clearInterval(timer);
  }
}
