import { correctNotice, startChangeFeed } from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import { loadDemoData } from "@tekser/demo-data";
import { JobQueue } from "@tekser/jobs";
import { ZJsonFeed11 } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildHttpApp } from "./http-app.ts";

const database = useTestDatabase();

describe("[PUBLISH][FEEDS] feeds rendered once per publication state", () => {
  let app: FastifyInstance;
  let jobs: JobQueue;
  let changeFeed: Awaited<ReturnType<typeof startChangeFeed>>;
  let base: string;

  beforeAll(async () => {
    const { db } = database;
    await loadDemoData(db);
    jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    // The server's own listener: the cache learns of publications through the database.
    changeFeed = await startChangeFeed(database.url);
    app = await buildHttpApp({
      db,
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "https://tekser.example.kz",
        timeZone: "Asia/Almaty",
      },
      publishing: { jobs },
      outbound: { allowPrivateUrls: false },
      changes: changeFeed.hub,
      webDistDir: "/nonexistent",
      logLevel: "silent",
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await changeFeed.stop();
    await jobs.stop();
  });

  it("answers a crawler's If-None-Match with 304, and with the new feed as soon as a correction is announced", async () => {
    const { db } = database;
    const first = await fetch(`${base}/feed.json`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    const feed = ZJsonFeed11.parse(await first.json());
    // Many crawlers at once get the same feed.
    const storm = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${base}/feed.json`, { headers: { "if-none-match": etag } })),
    );
    expect(storm.map((response) => response.status)).toEqual(Array(20).fill(304));

    const newest = feed.items[0];
    if (!newest) throw new Error("the demo published nothing");
    const editor = await db.user.findUniqueOrThrow({
      where: { username: "editor" },
      select: { id: true, username: true, role: true },
    });
    const noticeId = newest.id.split("/").pop() ?? "";
    const notice = await db.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { currentVersion: true } });
    await correctNotice(
      db,
      { id: editor.id, name: editor.username, role: editor.role },
      {
        noticeId,
        expectedVersion: notice.currentVersion,
        headline: "Түзетілген тақырып",
        summary: newest.summary ?? "Қысқаша.",
        changeNote: "Тақырып түзетілді",
      },
      { jobs },
    );

    // The correction reaches this server as a database notification, milliseconds after its commit.
    const after = await vi.waitUntil(
      async () => {
        const response = await fetch(`${base}/feed.json`, { headers: { "if-none-match": etag } });
        return response.status === 200 ? response : undefined;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(after.headers.get("etag")).not.toBe(etag);
    const corrected = ZJsonFeed11.parse(await after.json());
    expect(corrected.items.filter((item) => item.title?.includes("Түзетілген тақырып"))).toHaveLength(1);
  });
});
