import { connectionPool, type Db } from "@tekser/db";
import type { FastifyBaseLogger } from "fastify";

/**
 * How long after a request each instance adds its new requests to the shared counts and learns
 * every instance's; while no public request arrives, an instance has nothing to add and does not
 * ask.
 */
const SYNC_EVERY_MS = 250;

export interface AllowanceRule {
  /** Requests a client may make in one window; the next are refused. */
  max: number;
  windowMs: number;
}

interface ClientCount {
  client: string;
  windowIndex: number;
  /** Every instance's requests in the window, as of this instance's last sync. */
  shared: number;
  /** This instance's requests not yet added to the shared count. */
  pending: number;
  /** Whether this instance has refused the client in the window (logged once). */
  refused: boolean;
}

interface SharedRow {
  windowIndex: string;
  client: string;
  requests: number;
}

/**
 * The public rate limit's counts per client and window, shared by every server instance through
 * the UNLOGGED `PublicAllowance` table. A request is counted in memory and judged at once (the
 * shared count at the last sync plus this instance's own since); every SYNC_EVERY_MS, one
 * statement adds each client's new requests and returns their totals with every client that has
 * used up its allowance in the window, so an instance refuses a client that spent it at another
 * instance at the client's first request there. A public request never waits on the database; while the
 * database cannot be reached, each instance still counts its own requests (one allowance per
 * instance instead of none). An instance without public requests makes no round trip: its first
 * request after a quiet spell is judged on what it knew, and it learns the rest within SYNC_EVERY_MS.
 */
export class SharedAllowance {
  private readonly counts = new Map<string, ClientCount>();
  /**
   * The counts with requests not yet added to the shared ones: a sync reads these, not every
   * client of the window (a storm from new addresses has tens of thousands).
   */
  private unsent = new Set<ClientCount>();
  private forgottenWindow = -1;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private syncing: Promise<void> | undefined;
  private sweptWindow = -1;
  private failing = false;

  constructor(
    private readonly db: Db,
    private readonly rule: AllowanceRule,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Counts one request of `client`: its requests in the window so far, and the window's time left. */
  count(client: string): { current: number; ttl: number } {
    const now = Date.now();
    const count = this.countOf(client, Math.floor(now / this.rule.windowMs));
    count.pending++;
    this.unsent.add(count);
    this.syncSoon();
    const current = count.shared + count.pending;
    if (current > this.rule.max && !count.refused) {
      count.refused = true;
      this.log.info(
        { client },
        `public allowance: ${client} passed ${this.rule.max} requests in a window and is refused until it ends`,
      );
    }
    return { current, ttl: (count.windowIndex + 1) * this.rule.windowMs - now };
  }

  /**
   * Adds the requests counted here since the last sync to the shared counts and learns every
   * instance's totals. A sync still running (a slow database) is not doubled; a failed one keeps
   * its requests for the next.
   */
  private sync(): Promise<void> {
    this.syncing ??= this.exchange().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One sync SYNC_EVERY_MS from now, unless one is already due. */
  private syncSoon(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.sync();
    }, SYNC_EVERY_MS);
    this.timer.unref();
  }

  private countOf(client: string, windowIndex: number): ClientCount {
    let count = this.counts.get(client);
    if (count?.windowIndex !== windowIndex) {
      count = { client, windowIndex, shared: 0, pending: 0, refused: false };
      this.counts.set(client, count);
    }
    return count;
  }

  private async exchange(): Promise<void> {
    const currentWindow = Math.floor(Date.now() / this.rule.windowMs);
    // Sorted: two instances adding the same clients lock their rows in the same order.
    const sent = [...this.unsent].sort(
      (x, y) => x.windowIndex - y.windowIndex || (x.client < y.client ? -1 : x.client > y.client ? 1 : 0),
    );
    this.unsent = new Set();
    const pendingAtSend = sent.map((count) => count.pending);
    try {
      const rows = await this.addAndRead(sent, pendingAtSend, currentWindow);
      // Requests counted while the statement ran stay pending (and unsent) for the next sync.
      sent.forEach((count, index) => (count.pending -= pendingAtSend[index] ?? 0));
      for (const row of rows) {
        const windowIndex = Number(row.windowIndex);
        // A passed window's total teaches nothing; nor may it replace a window begun meanwhile.
        if (windowIndex !== currentWindow || (this.counts.get(row.client)?.windowIndex ?? windowIndex) > windowIndex)
          continue;
        const count = this.countOf(row.client, windowIndex);
        count.shared = Math.max(count.shared, row.requests);
      }
      if (this.sweptWindow < currentWindow) await this.sweep(currentWindow);
      if (this.failing) this.log.info("public allowance: counting across instances again");
      this.failing = false;
    } catch (error) {
      if (!this.failing)
        this.log.warn(
          { err: error },
          "public allowance: the shared counts cannot be reached; each instance counts its own requests until they can",
        );
      this.failing = true;
      // Kept for the next sync, unless their window has passed.
      for (const count of sent) if (count.windowIndex >= currentWindow) this.unsent.add(count);
    }
    if (this.forgottenWindow < currentWindow) {
      for (const [client, count] of this.counts) if (count.windowIndex < currentWindow) this.counts.delete(client);
      this.forgottenWindow = currentWindow;
    }
    // Requests counted while the statement ran, or kept by a failed one, go with the next.
    if (this.unsent.size > 0) this.syncSoon();
  }

  /**
   * One statement: the new requests added, their clients' totals, and the window's clients that
   * have used up the allowance (read from the snapshot before the additions, hence the larger
   * count wins).
   */
  private async addAndRead(sent: ClientCount[], pending: number[], currentWindow: number): Promise<SharedRow[]> {
    const { rows } = await connectionPool(this.db).query<SharedRow>(
      `WITH added AS (
         INSERT INTO "PublicAllowance" AS a ("windowIndex", client, requests)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[])
         ON CONFLICT ("windowIndex", client) DO UPDATE SET requests = a.requests + excluded.requests
         RETURNING "windowIndex", client, requests)
       SELECT "windowIndex", client, requests FROM added
       UNION ALL
       SELECT "windowIndex", client, requests FROM "PublicAllowance" WHERE "windowIndex" = $4 AND requests >= $5`,
      [
        sent.map((count) => count.windowIndex),
        sent.map((count) => count.client),
        pending,
        currentWindow,
        this.rule.max,
      ],
    );
    return rows;
  }

  /** Forgets windows that have passed; each instance does it once a window, harmless twice. */
  private async sweep(currentWindow: number): Promise<void> {
    await connectionPool(this.db).query(`DELETE FROM "PublicAllowance" WHERE "windowIndex" < $1`, [currentWindow]);
    this.sweptWindow = currentWindow;
  }
}
