import pg from "pg";

export interface Listener {
  stop(): Promise<void>;
}

/**
 * LISTENs on a PostgreSQL channel with its own connection (a pooled one would lose the LISTEN)
 * and calls `onPayload` for every NOTIFY; reconnects after a dropped connection.
 */
export async function listenForNotifications(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string) => void,
  log: (message: string) => void = () => undefined,
): Promise<Listener> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on("error", (error) => {
      log(`change listener lost its connection (${error.message}); reconnecting`);
      void next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await next.connect();
    await next.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
    client = next;
  };

  await connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end();
    },
  };
}
