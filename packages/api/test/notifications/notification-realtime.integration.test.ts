import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startChangeFeed } from "@tekser/domain/shared/change-feed.ts";
import { nextEvent as next, subscribeAs as subscribe } from "../change-stream.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

const database = useTestDatabase();

describe("[REVIEW][NOTIFICATIONS][REALTIME] a user's notifications reach that user's dashboards alone", () => {
  let feed: Awaited<ReturnType<typeof startChangeFeed>>;
  beforeEach(async () => {
    feed = await startChangeFeed(database.url);
  });
  afterEach(async () => {
    await feed.stop();
  });

  it("streams a mention to the person named, while a colleague of the same role gets only the comment", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const named = await loggedIn(db, "editor");
    const colleague = await loggedIn(db, "editor");
    const admin = await loggedIn(db, "admin");
    const claim = await db.claim.create({
      data: { title: "Тариф", lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    const [namedStream, colleagueStream, adminStream] = [
      await subscribe(db, feed.hub, named),
      await subscribe(db, feed.hub, colleague),
      await subscribe(db, feed.hub, admin),
    ];

    await author.caller.comment.add({ claimId: claim.id, body: `@${named.user.username} қарашы` });
    await named.caller.notification.markAllRead();
    await author.caller.workflow.assignToMe({ claimId: claim.id });

    expect([
      await next(namedStream),
      await next(namedStream),
      await next(namedStream),
      await next(namedStream),
    ]).toMatchObject([
      { action: "comment.add", subjectId: claim.id },
      { action: "notification.new", subjectType: "notification", subjectId: named.user.id },
      { action: "notification.readAll", subjectId: named.user.id },
      { action: "claim.assign", subjectId: claim.id },
    ]);
    for (const stream of [colleagueStream, adminStream]) {
      expect([await next(stream), await next(stream)]).toMatchObject([
        { action: "comment.add" },
        { action: "claim.assign" },
      ]);
    }
  });
});
