import { SUBSCRIBED_EVENT, type TRealtimeEvent } from "@tekser/contracts";
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

/** Opens the session's event stream and waits until it listens. */
export async function subscribeAs(db: Db, hub: ChangeHub, session: Awaited<ReturnType<typeof loggedIn>>) {
  const stream = (await callerFor(db, session.user, hub, { sessionToken: session.token }).caller.realtime.changes())[
    Symbol.asyncIterator
  ]();
  expect(await nextEvent(stream)).toEqual(SUBSCRIBED_EVENT);
  return stream;
}
