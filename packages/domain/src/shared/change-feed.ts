import { EventEmitter, on } from "node:events";
import { ZChangeEvent, type TChangeEvent, type TRealtimeEvent } from "@tekser/contracts";
import { listenForNotifications, type SqlRunner } from "@tekser/db";

/** The PostgreSQL channel every server process LISTENs on for dashboard updates. */
export const CHANGE_CHANNEL = "tekser_changes";

/**
 * Announces audited changes, in order. NOTIFY inside the change's transaction is delivered only if it
 * commits, and to every server process listening on the database, so two instances stay in step.
 */
export async function notifyChanges(tx: SqlRunner, changes: readonly TChangeEvent[]): Promise<void> {
  const payloads = changes.map((change) => JSON.stringify(change));
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, payload) FROM unnest(${payloads}::text[]) AS payload`;
}

/** Fans this process's one database listener out to every open dashboard subscription. */
export class ChangeHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /**
   * @param sessionRecheckMs how often an open subscription checks that its session still lasts
   * (idle timeout, maximum age); logout, a password or role change end it at once.
   */
  constructor(readonly sessionRecheckMs = 30_000) {}

  publish(event: TRealtimeEvent): void {
    this.emitter.emit("change", event);
  }

  /**
   * Events from the moment of the call (not of the first read), until `signal` aborts (the
   * dashboard closed its event stream).
   */
  stream(signal: AbortSignal | undefined): AsyncIterable<TRealtimeEvent> {
    const events = on(this.emitter, "change", signal ? { signal } : {});
    return (async function* () {
      try {
        for await (const [event] of events) yield event as TRealtimeEvent;
      } catch (error) {
        if (!(error instanceof Error && error.name === "AbortError")) throw error;
      }
    })();
  }
}

/**
 * One LISTEN connection per server process, feeding a hub. When the connection comes back after
 * a loss (a database restart), changes committed meanwhile were announced to nobody here: every
 * subscriber is told to refetch.
 */
export async function startChangeFeed(databaseUrl: string, log?: (message: string) => void) {
  const hub = new ChangeHub();
  const listener = await listenForNotifications(
    databaseUrl,
    CHANGE_CHANNEL,
    (payload) => {
      const parsed = ZChangeEvent.safeParse(JSON.parse(payload));
      if (parsed.success) hub.publish(parsed.data);
    },
    { log, onReconnect: () => hub.publish({ resync: true, reason: "listener_reconnected" }) },
  );
  return { hub, stop: () => listener.stop() };
}
