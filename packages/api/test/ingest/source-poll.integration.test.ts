import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDb } from "@tekser/db";
import { JobQueue } from "@tekser/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamUntilClosed } from "@tekser/domain/test/endless-response.ts";
import { useTestDatabase } from "../harness.ts";
import { pollDueSources, pollSource } from "@tekser/domain/ingest/source-poll.ts";
import { pollSourcesJob } from "@tekser/domain/ingest/source-poll-job.ts";
import { setSourceEnabled } from "@tekser/domain/ingest/sources.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { BLOCK_PRIVATE_URLS, type OutboundPolicy } from "@tekser/domain/shared/outbound/url-guard.ts";

// The test feed server listens on 127.0.0.1, which production refuses.
const LOCAL: OutboundPolicy = { allowPrivateUrls: true };

const feed = readFileSync(new URL("../../../ingest/fixtures/formats/rss2-kk.rss", import.meta.url));
const ETAG = '"v1"';
const database = useTestDatabase();
const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ path: request.url ?? "", ifNoneMatch: request.headers["if-none-match"] });
    if (request.url === "/broken") return void response.writeHead(503).end();
    if (request.url === "/endless") return void (endlessClosed = streamUntilClosed(response, "application/rss+xml"));
    if (request.headers["if-none-match"] === ETAG) return void response.writeHead(304).end();
    // Slow enough that two racing pollers overlap.
    setTimeout(() => response.writeHead(200, { "content-type": "application/rss+xml", etag: ETAG }).end(feed), 200);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let endlessClosed: Promise<void> | null = null;

const hits = (path: string) => requests.filter((r) => r.path === path);
const addSource = (path: string) =>
  database.db.source.create({
    data: { kind: "feed", name: path, url: `${base}${path}`, site: "aikyn.kz", pollMinutes: 30 },
    select: { id: true },
  });

describe("source polling", () => {
  it("two pollers on one database fetch a due source once; the next poll is conditional", async () => {
    const source = await addSource("/feed-a");
    const other = createDb(database.url);
    const now = new Date("2026-03-14T12:00:00Z");
    const results = await Promise.all([pollDueSources(database.db, LOCAL, now), pollDueSources(other, LOCAL, now)]);
    await other.$disconnect();
    expect(results.flat()).toEqual([{ sourceId: source.id, outcome: "ingested", accepted: 2 }]);
    expect(hits("/feed-a")).toHaveLength(1);
    expect(await database.db.item.count({ where: { sourceId: source.id } })).toBe(2);

    expect(await pollSource(database.db, source.id, LOCAL, new Date("2026-03-14T12:10:00Z"))).toBeNull();
    const later = await pollSource(database.db, source.id, LOCAL, new Date("2026-03-14T12:31:00Z"));
    expect(later).toEqual({ sourceId: source.id, outcome: "not-modified" });
    expect(hits("/feed-a").at(-1)?.ifNoneMatch).toBe(ETAG);
    const health = await database.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(health).toMatchObject({
      etag: ETAG,
      failureCount: 0,
      lastSuccessAt: new Date("2026-03-14T12:31:00Z"),
      nextPollAt: new Date("2026-03-14T13:01:00Z"),
    });
  });

  it("backs off exponentially on failure and records the error", async () => {
    const source = await addSource("/broken");
    expect(await pollSource(database.db, source.id, LOCAL, new Date("2026-03-14T12:00:00Z"))).toMatchObject({
      outcome: "failed",
      error: "HTTP 503",
    });
    expect(await pollSource(database.db, source.id, LOCAL, new Date("2026-03-14T13:00:00Z"))).toMatchObject({
      outcome: "failed",
    });
    const health = await database.db.source.findUniqueOrThrow({ where: { id: source.id } });
    // 30 min × 2 after the first failure, × 4 after the second.
    expect(health).toMatchObject({
      failureCount: 2,
      lastError: "HTTP 503",
      lastErrorAt: new Date("2026-03-14T13:00:00Z"),
      nextPollAt: new Date("2026-03-14T15:00:00Z"),
    });
  });

  it("refuses a source on a loopback address when private URLs are not allowed, without contacting it", async () => {
    const source = await addSource("/private");
    const result = await pollSource(database.db, source.id, BLOCK_PRIVATE_URLS, new Date("2026-03-14T12:00:00Z"));
    expect(result).toMatchObject({
      outcome: "failed",
      error: expect.stringContaining("127.0.0.1 is a loopback address") as unknown,
    });
    expect(hits("/private")).toHaveLength(0);
    // Not left due for the job-queue test below, which polls with local receivers allowed.
    await database.db.source.update({ where: { id: source.id }, data: { enabled: false } });
  });

  it("cancels a feed that streams past the size cap and records the limit as the source's error", async () => {
    const source = await addSource("/endless");
    const result = await pollSource(database.db, source.id, LOCAL, new Date("2026-03-14T12:00:00Z"));
    const error = `The response from ${base}/endless is larger than 10 MB, the most Tekser reads`;
    expect(result).toEqual({ sourceId: source.id, outcome: "failed", error });
    await endlessClosed;
    expect(
      await database.db.source.findUniqueOrThrow({ where: { id: source.id }, select: { lastError: true } }),
    ).toEqual({ lastError: error });
    await database.db.source.update({ where: { id: source.id }, data: { enabled: false } });
  });

  it("two job-queue workers against one database ingest a source's fetch once", async () => {
    const source = await addSource("/feed-b");
    const queues = [
      await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 }),
      await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 }),
    ];
    const dbs = [createDb(database.url), createDb(database.url)];
    try {
      let runs = 0;
      await Promise.all(
        queues.map((queue, i) =>
          queue.work(pollSourcesJob, async () => void (await pollDueSources(dbs[i] ?? database.db, LOCAL), runs++)),
        ),
      );
      const sent = await Promise.all(queues.map((queue) => queue.send(pollSourcesJob, {})));
      for (
        let attempt = 0;
        attempt < 100 &&
        (await database.db.source.findUniqueOrThrow({ where: { id: source.id } })).lastSuccessAt === null;
        attempt++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Every queued poll has run once each job has ended: no later run can fetch the feed again.
      const ended = async (id: string | null) =>
        id === null ||
        ["completed", "failed", "cancelled"].includes((await queues[0]?.jobState(pollSourcesJob, id)) ?? "");
      for (let attempt = 0; attempt < 100 && !(await Promise.all(sent.map(ended))).every(Boolean); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(runs).toBeGreaterThanOrEqual(1);
      expect(hits("/feed-b")).toHaveLength(1);
      // /feed-b serves the same feed as /feed-a: one more poll run, whose items are duplicates.
      expect(await database.db.ingestRun.count({ where: { route: "poll" } })).toBe(2);
    } finally {
      await Promise.all(queues.map((queue) => queue.stop()));
      await Promise.all(dbs.map((db) => db.$disconnect()));
    }
  }, 60_000);

  it("never fetches a disabled source, however overdue, and polls it again once enabled", async () => {
    const source = await addSource("/feed-c");
    await setSourceEnabled(database.db, SYSTEM_ACTOR, { id: source.id, enabled: false });
    const overdue = new Date("2026-03-20T12:00:00Z");
    const run = await pollDueSources(database.db, LOCAL, overdue);
    expect(run.map((r) => r.sourceId)).not.toContain(source.id);
    expect(await pollSource(database.db, source.id, LOCAL, overdue)).toBeNull();
    expect(hits("/feed-c")).toHaveLength(0);

    await setSourceEnabled(database.db, SYSTEM_ACTOR, { id: source.id, enabled: true });
    expect(await pollSource(database.db, source.id, LOCAL, overdue)).toMatchObject({
      sourceId: source.id,
      outcome: "ingested",
    });
    expect(hits("/feed-c")).toHaveLength(1);
    const events = await database.db.auditEvent.findMany({
      where: { subjectId: source.id },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(["source.disable", "source.enable"]);
  });
});
