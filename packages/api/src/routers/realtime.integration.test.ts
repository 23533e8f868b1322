import { describe, expect, it } from "vitest";
import { callerFor, loggedIn, useTestDatabase } from "../../test/harness.ts";
import type { TChangeEvent } from "@tekser/contracts";
import { startChangeFeed } from "../services/change-feed.ts";

/** The next change an async iterator yields, or a failure after `ms`. */
async function nextWithin(iterator: AsyncIterator<TChangeEvent>, ms: number): Promise<TChangeEvent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no change event within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error("the change stream ended");
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

describe("[REVIEW][REALTIME] changes reach every server instance through LISTEN/NOTIFY", () => {
  const database = useTestDatabase();

  it("delivers a committed change to a subscriber on another instance, and nothing for a rolled-back one", async () => {
    const { db, url } = database;
    // Two server processes on one database: each has its own listener connection and hub.
    const instanceA = await startChangeFeed(url);
    const instanceB = await startChangeFeed(url);
    try {
      const aigerim = await loggedIn(db, "reviewer");
      const dana = await loggedIn(db, "editor");
      const claim = await db.claim.create({ data: { title: "Тарифтер", lang: "kk", firstSeenAt: new Date() }, select: { id: true } });

      const controller = new AbortController();
      const danaOnB = callerFor(db, dana.user, instanceB.hub, { sessionToken: dana.token }).caller;
      const stream = (await danaOnB.realtime.changes())[Symbol.asyncIterator]();
      const onA = instanceA.hub.stream(controller.signal)[Symbol.asyncIterator]();
      const firstOnB = nextWithin(stream, 2000);
      const firstOnA = nextWithin(onA, 2000);

      // A batch that fails on its last claim rolls back the close (and its NOTIFY) of the first.
      const other = await db.claim.create({ data: { title: "Басқа", lang: "kk", firstSeenAt: new Date() }, select: { id: true } });
      const [, last] = [claim.id, other.id].sort();
      await db.claim.update({ where: { id: last! }, data: { status: "decided" } });
      await expect(aigerim.caller.workflow.bulk({ claimIds: [claim.id, other.id], action: { type: "close", reason: "not_a_claim", note: "x" } }))
        .rejects.toThrow(/cannot be closed/);
      if (last === claim.id) await db.claim.update({ where: { id: claim.id }, data: { status: "new" } });
      await aigerim.caller.workflow.assignToMe({ claimId: claim.id });

      const seenOnB = await firstOnB;
      expect(seenOnB).toMatchObject({ action: "claim.assign", subjectType: "claim", subjectId: claim.id, actorId: aigerim.user.id });
      expect((await firstOnA).seq).toBe(seenOnB.seq);
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
