import { isResyncEvent, SUBSCRIBED_EVENT, type TRealtimeEvent } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { expect } from "vitest";
import type { ChangeHub } from "@tekser/domain/shared/change-feed.ts";
import { callerFor, type loggedIn } from "./harness.ts";

/** How long a test waits for an event it expects before failing (a missing event, not a timing). */
const DEADLINE_MS = 5000;

/**
 * The stream's next event, "ended" when it finishes, or a failure after the deadline (longer for
 * an event that waits on a reconnection).
 */
export async function nextEvent(
  stream: AsyncIterator<TRealtimeEvent>,
  deadlineMs = DEADLINE_MS,
): Promise<TRealtimeEvent | "ended"> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing from the change stream within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    const result = await Promise.race([stream.next(), deadline]);
    return result.done ? "ended" : result.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the session's event stream and waits until it listens. Events the log held before the
 * stream opened are skipped: their notifications may still be on the way, and a test expects
 * only what happens after it subscribed.
 */
export async function subscribeAs(db: Db, hub: ChangeHub, session: Awaited<ReturnType<typeof loggedIn>>) {
  const newest = await db.auditEvent.aggregate({ _max: { seq: true } });
  const before = newest._max.seq ?? 0n;
  const stream = (await callerFor(db, session.user, hub, { sessionToken: session.token }).caller.realtime.changes())[
    Symbol.asyncIterator
  ]();
  expect(await nextEvent(stream)).toEqual(SUBSCRIBED_EVENT);
  return skippingEarlierEvents(stream, before);
}

function skippingEarlierEvents(stream: AsyncIterator<TRealtimeEvent>, before: bigint): AsyncIterator<TRealtimeEvent> {
  return {
    async next() {
      for (;;) {
        const result = await stream.next();
        if (result.done || !loggedBefore(result.value, before)) return result;
      }
    },
    return: stream.return?.bind(stream),
  };
}

/** An audited change numbered no later than `before` (other announcements, such as notifications, carry a row id). */
function loggedBefore(event: TRealtimeEvent, before: bigint): boolean {
  return !isResyncEvent(event) && /^\d+$/.test(event.seq) && BigInt(event.seq) <= before;
}
