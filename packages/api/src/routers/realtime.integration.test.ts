import { describe, expect, it } from "vitest";
import pg from "pg";
import { callerFor, loggedIn, useTestDatabase } from "../../test/harness.ts";
import { nextEvent, subscribeAs } from "../../test/change-stream.ts";
import { startChangeFeed } from "@tekser/domain/shared/change-feed.ts";

const database = useTestDatabase();

describe("[REVIEW][REALTIME] changes reach every server instance through LISTEN/NOTIFY", () => {
  it("delivers a committed change to a subscriber on another instance, and nothing for a rolled-back one", async () => {
    const { db, url } = database;
    // Two server processes on one database: each has its own listener connection and hub.
    const instanceA = await startChangeFeed(url);
    const instanceB = await startChangeFeed(url);
    try {
      const aigerim = await loggedIn(db, "reviewer");
      const dana = await loggedIn(db, "editor");
      const claim = await db.claim.create({
        data: { title: "Тарифтер", lang: "kk", firstSeenAt: new Date() },
        select: { id: true },
      });

      const controller = new AbortController();
      const stream = await subscribeAs(db, instanceB.hub, dana);
      const onA = instanceA.hub.stream(controller.signal)[Symbol.asyncIterator]();
      const firstOnB = nextEvent(stream);
      const firstOnA = nextEvent(onA);

      // A batch that fails on its last claim rolls back the close (and its NOTIFY) of the first.
      const other = await db.claim.create({
        data: { title: "Басқа", lang: "kk", firstSeenAt: new Date() },
        select: { id: true },
      });
      const [, last] = [claim.id, other.id].sort();
      await db.claim.update({ where: { id: last! }, data: { status: "decided" } });
      await expect(
        aigerim.caller.workflow.bulk({
          claimIds: [claim.id, other.id],
          action: { type: "close", reason: "not_a_claim", note: "x" },
        }),
      ).rejects.toThrow(/cannot be closed/);
      if (last === claim.id) await db.claim.update({ where: { id: claim.id }, data: { status: "new" } });
      await aigerim.caller.workflow.assignToMe({ claimId: claim.id });

      const seenOnB = await firstOnB;
      expect(seenOnB).toMatchObject({
        action: "claim.assign",
        subjectType: "claim",
        subjectId: claim.id,
        actorId: aigerim.user.id,
      });
      expect(await firstOnA).toEqual(seenOnB);
      controller.abort();
      await onA.return?.(undefined);
    } finally {
      await instanceA.stop();
      await instanceB.stop();
    }
  });

  it("refuses the event stream to someone not logged in", async () => {
    const { db } = database;
    await expect(callerFor(db, null).caller.realtime.changes()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

/** Log lines as they come, and a wait for a number of lines matching a pattern. */
function recordedLog() {
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  return {
    lines,
    log: (line: string) => {
      lines.push(line);
      for (const wake of waiters.splice(0)) wake();
    },
    async until(pattern: RegExp, count: number, ms: number): Promise<void> {
      const deadline = Date.now() + ms;
      while (lines.filter((line) => pattern.test(line)).length < count) {
        if (Date.now() > deadline)
          throw new Error(`fewer than ${count} log lines like ${pattern} in ${ms} ms: ${JSON.stringify(lines)}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 250);
        });
      }
    },
  };
}

describe("[REVIEW][REALTIME] the change listener outlives a database outage", () => {
  it("keeps reconnecting while the database refuses connections, then tells subscribers to refetch and delivers later changes", async () => {
    const { db, url } = database;
    const recorded = recordedLog();
    const feed = await startChangeFeed(url, recorded.log);
    // On the server's maintenance database, which the outage below leaves open.
    const maintenance = new URL(url);
    const name = maintenance.pathname.slice(1);
    maintenance.pathname = "/postgres";
    const operator = new pg.Client({ connectionString: maintenance.toString() });
    await operator.connect();
    try {
      const aigerim = await loggedIn(db, "reviewer");
      const claim = await db.claim.create({
        data: { title: "Жол ақысы", lang: "kk", firstSeenAt: new Date() },
        select: { id: true },
      });
      const stream = await subscribeAs(db, feed.hub, aigerim);
      const first = nextEvent(stream, 25_000);

      // The fault a PostgreSQL restart is to the listener: its backend goes, and new
      // connections fail for a while.
      await operator.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      const { rowCount } = await operator.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN %'`,
        [name],
      );
      expect(rowCount).toBe(1);
      await recorded.until(/could not reconnect/, 2, 20_000);
      await operator.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);

      expect(await first).toEqual({ resync: true, reason: "listener_reconnected" });
      const second = nextEvent(stream, 20_000);
      await aigerim.caller.workflow.assignToMe({ claimId: claim.id });
      expect(await second).toMatchObject({ action: "claim.assign", subjectType: "claim", subjectId: claim.id });
      await stream.return?.(undefined);
    } finally {
      await operator.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await operator.end();
      await feed.stop();
    }
  });
});
