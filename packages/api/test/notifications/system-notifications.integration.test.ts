import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { pollSource } from "@tekser/domain/ingest/source-poll.ts";
import type { OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

// The broken source listens on 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };
const database = useTestDatabase();

describe("[INGEST][NOTIFICATIONS] notifications the system raises", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((_request, response) => void response.writeHead(503).end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("tells the people who look after sources when one fails three polls in a row, once per run of failures", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const source = await db.source.create({
      data: { kind: "feed", name: "Aikyn RSS", url: `${base}/feed`, site: "aikyn.kz", pollMinutes: 30 },
      select: { id: true },
    });
    const pollAt = (hour: number) => pollSource(db, source.id, LOCAL, new Date(Date.UTC(2026, 2, 14, hour)));

    await pollAt(0);
    await pollAt(2);
    expect((await reviewer.caller.notification.list({ unreadOnly: true })).unread).toBe(0);
    await pollAt(8);
    await pollAt(23);

    expect((await reviewer.caller.notification.list({ unreadOnly: true })).rows).toMatchObject([
      { kind: "sourceFailing", actor: null, detail: { sourceName: "Aikyn RSS", failures: 3 } },
    ]);
    expect((await editor.caller.notification.list({ unreadOnly: true })).unread).toBe(0);
  });

  it("tells the verdict's author, its second reviewer and the assignee when a claim judged fake spreads again", async () => {
    const { db } = database;
    const author = await loggedIn(db, "reviewer");
    const editor = await loggedIn(db, "editor");
    const bystander = await loggedIn(db, "reviewer");
    const text = "Срочно: с понедельника в Алматы вводят комендантский час с десяти вечера, сообщили в акимате.";
    const [firstId] = await ingestItems(db, parsedItem({ site: "t.me/almaty", lang: "ru", text }));
    const claimId = (await claimOf(db, firstId ?? ""))!;
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { revision: true } });
    const { reviewId } = await author.caller.review.setVerdict({
      claimId,
      revision: claim.revision,
      verdict: "fake",
      rationale: "Акимат это опроверг.",
      evidence: [{ url: "https://www.gov.kz/memleket/entities/almaty", note: "" }],
    });
    await editor.caller.review.approve({ reviewId });
    // The verdict waiting for second review notified the colleagues; that is read now.
    for (const person of [editor, bystander]) await person.caller.notification.markAllRead();

    const [againId] = await ingestItems(
      db,
      parsedItem({ site: "t.me/news_kz", lang: "ru", text: `Это правда? 😳\n${text}` }),
    );
    expect(await claimOf(db, againId ?? "")).toBe(claimId);

    for (const person of [author, editor]) {
      expect((await person.caller.notification.list({ unreadOnly: true })).rows).toMatchObject([
        { kind: "fakeResurfaced", claimId, actor: null },
      ]);
    }
    expect((await bystander.caller.notification.list({ unreadOnly: true })).unread).toBe(0);
  });
});
