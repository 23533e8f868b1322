import pg from "pg";

export interface Listener {
  stop(): Promise<void>;
}

/**
 * How long the listener waits before each attempt to reconnect: the first delay, doubled after
 * every failed attempt up to the maximum, for as long as the database stays away. A restart of
 * PostgreSQL takes seconds; the cap keeps a long outage from leaving the dashboards stale for
 * long after the database is back.
 */
const RECONNECT_DELAYS = { firstMs: 500, maxMs: 15_000 } as const;

export interface ListenOptions {
  /** Called once the listener LISTENs again after a lost connection: NOTIFYs sent meanwhile are gone. */
  onReconnect?: () => void;
  log?: (message: string) => void;
  delays?: { firstMs: number; maxMs: number };
}

/** Names the connection in pg_stat_activity, so an operator can tell it from the pool's. */
const LISTENER_APPLICATION_NAME = "tekser-change-listener";

/**
 * LISTENs on a PostgreSQL channel with its own connection (a pooled one would lose the LISTEN)
 * and calls `onPayload` for every NOTIFY. A lost connection is re-opened with growing delays
 * (RECONNECT_DELAYS) until it works or `stop` is called, then `onReconnect` says that
 * notifications may have been missed. Only the first connection's failure is thrown.
 */
export async function listenForNotifications(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string) => void,
  options: ListenOptions = {},
): Promise<Listener> {
  const { onReconnect, log = () => undefined, delays = RECONNECT_DELAYS } = options;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: LISTENER_APPLICATION_NAME });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // Without a listener an 'error' event would end the process; 'end' below does the reconnecting.
    next.on("error", (error) => log(`change listener lost its connection (${error.message})`));
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    next.once("end", () => {
      if (client !== next || stopped) return;
      client = null;
      log("change listener disconnected; reconnecting");
      reconnect(delays.firstMs);
    });
    return next;
  };

  const reconnect = (delayMs: number): void => {
    retry = setTimeout(() => {
      if (stopped) return;
      connect().then(
        (next) => {
          if (stopped) return void next.end().catch(() => undefined);
          client = next;
          log("change listener reconnected");
          onReconnect?.();
        },
        (error: unknown) => {
          const nextDelay = Math.min(delayMs * 2, delays.maxMs);
          log(
            `change listener could not reconnect (${error instanceof Error ? error.message : String(error)}); next attempt in ${nextDelay} ms`,
          );
          reconnect(nextDelay);
        },
      );
    }, delayMs);
  };

  client = await connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end();
    },
  };
}
