import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  archiveEvidence,
  correctNotice,
  loadPublishedNotice,
  searchNoticeArchive,
  ARCHIVE_PAGE_SIZE,
  startChangeFeed,
  type PublicSite,
} from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import { loadDemoData } from "@tekser/demo-data";
import { JobQueue } from "@tekser/jobs";
import { renderArchivePage, renderEmbedCard, renderNoticePage, ZJsonFeed11 } from "@tekser/publish";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildHttpApp } from "./http-app.ts";
import { publisherOf } from "./public-routes.ts";

const database = useTestDatabase();

const SITE: PublicSite = {
  baseUrl: "http://tekser.test",
  organisationName: "Tekser",
  organisationUrl: "https://tekser.example.kz",
  timeZone: "Asia/Almaty",
};
const CORRECTED_HEADLINE = "Түзетілген тақырып";

/** The answer's bytes as the reader's client decodes them. */
function decoded(encoding: string | string[] | undefined, raw: Buffer): Buffer {
  if (encoding === "br") return brotliDecompressSync(raw);
  if (encoding === "gzip") return gunzipSync(raw);
  if (encoding === undefined) return raw;
  throw new Error(`unexpected content-encoding ${String(encoding)}`);
}

describe("[PUBLISH][PUBLIC-CACHE] public answers rendered and compressed once, renewed on every instance by an announced change", () => {
  const instances: FastifyInstance[] = [];
  const changeFeeds: Awaited<ReturnType<typeof startChangeFeed>>[] = [];
  let jobs: JobQueue;
  let noticeId: string;

  beforeAll(async () => {
    const { db } = database;
    await loadDemoData(db);
    jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    // Two instances on one database, each with its own listener: each learns of publications
    // through the database, whichever process made them.
    for (let i = 0; i < 2; i++) {
      const changeFeed = await startChangeFeed(database.url);
      changeFeeds.push(changeFeed);
      instances.push(
        await buildHttpApp({
          db,
          site: SITE,
          publishing: { jobs },
          outbound: { allowPrivateUrls: false },
          changes: changeFeed.hub,
          webDistDir: "/nonexistent",
          logLevel: "silent",
        }),
      );
    }
    noticeId = (
      await db.notice.findFirstOrThrow({
        where: { lang: "kk", status: "published" },
        orderBy: { updatedAt: "desc" },
        select: { id: true },
      })
    ).id;
  });
  afterAll(async () => {
    for (const app of instances) await app.close();
    for (const changeFeed of changeFeeds) await changeFeed.stop();
    await jobs.stop();
  });

  const get = (instance: number, url: string, headers: Record<string, string> = {}) => {
    const app = instances[instance];
    if (!app) throw new Error(`no instance ${instance}`);
    return app.inject({ method: "GET", url, headers });
  };
  const pages = () => ({
    feed: "/feed.json",
    page: `/notices/${noticeId}`,
    signed: `/notices/${noticeId}.json`,
    embed: `/embed/notices/${noticeId}`,
    archive: "/archive?ui=ru",
    corrections: "/corrections",
  });

  it("serves each encoding decoding to the bytes of a fresh render, the same bytes every time, with one ETag and 304s", async () => {
    const { db } = database;
    const notice = await loadPublishedNotice(db, noticeId);
    if (!notice) throw new Error("the demo published no kk notice");
    const publisher = publisherOf(SITE);
    const archive = await searchNoticeArchive(db, { page: 1 });
    const fresh: Record<string, string> = {
      [`/notices/${noticeId}`]: renderNoticePage(notice, publisher),
      [`/embed/notices/${noticeId}`]: renderEmbedCard(notice, publisher),
      "/archive?ui=ru": renderArchivePage(
        { ui: "ru", filters: {}, page: 1, pageSize: ARCHIVE_PAGE_SIZE, total: archive.total, rows: archive.rows },
        publisher,
      ),
    };

    for (const url of Object.values(pages())) {
      const plain = await get(0, url);
      expect(plain.statusCode, url).toBe(200);
      expect(plain.headers["content-encoding"], url).toBeUndefined();
      expect(plain.headers.vary, url).toMatch(/accept-encoding/i);
      const etag = String(plain.headers.etag);
      if (fresh[url]) expect(plain.body, url).toBe(fresh[url]);
      for (const [accepted, encoding] of [
        ["gzip, deflate, br", "br"],
        ["gzip", "gzip"],
        ["br;q=0.5, gzip", "gzip"],
        ["identity", undefined],
      ] as const) {
        const [first, again] = [
          await get(0, url, { "accept-encoding": accepted }),
          await get(0, url, { "accept-encoding": accepted }),
        ];
        expect(first.headers["content-encoding"], `${url} ${accepted}`).toBe(encoding);
        expect(first.headers.vary, `${url} ${accepted}`).toMatch(/accept-encoding/i);
        expect(first.headers.etag, `${url} ${accepted}`).toBe(etag);
        expect(Number(first.headers["content-length"]), `${url} ${accepted}`).toBe(first.rawPayload.length);
        expect(decoded(encoding, first.rawPayload).equals(plain.rawPayload), `${url} ${accepted}`).toBe(true);
        expect(again.rawPayload.equals(first.rawPayload), `${url} ${accepted}: kept`).toBe(true);
        if (encoding) expect(first.rawPayload.length, `${url} ${accepted}`).toBeLessThan(plain.rawPayload.length);
      }
      // The other instance renders the same bytes, hence the same ETag, and revalidates it.
      const revalidated = await get(1, url, { "accept-encoding": "gzip, br", "if-none-match": etag });
      expect(revalidated.statusCode, url).toBe(304);
      expect(revalidated.rawPayload.length, url).toBe(0);
      expect(revalidated.headers.etag, url).toBe(etag);
      expect(revalidated.headers.vary, url).toMatch(/accept-encoding/i);
      // As a proxy that weakened the tag asks again.
      expect((await get(1, url, { "if-none-match": `W/${etag}` })).statusCode, url).toBe(304);
    }
    // A notice that does not exist is still a 404, however often it is asked for.
    for (let i = 0; i < 2; i++)
      expect(
        (await get(0, "/notices/00000000-0000-4000-8000-000000000000", { "accept-encoding": "br" })).statusCode,
      ).toBe(404);
  });

  it("answers crawlers' If-None-Match with 304, and every page anew on both instances as soon as a correction is announced", async () => {
    const { db } = database;
    const first = await get(0, "/feed.json");
    const etag = String(first.headers.etag);
    const feed = ZJsonFeed11.parse(first.json());
    // Many crawlers at once get the same feed.
    const storm = await Promise.all(Array.from({ length: 20 }, () => get(0, "/feed.json", { "if-none-match": etag })));
    expect(storm.map((response) => response.statusCode)).toEqual(Array(20).fill(304));

    const before = new Map<string, string>();
    for (const instance of [0, 1])
      for (const url of Object.values(pages()))
        before.set(`${instance} ${url}`, String((await get(instance, url, { "accept-encoding": "br" })).headers.etag));
    const firstVersion = `/notices/${noticeId}/versions/1`;
    const versionEtag = String((await get(1, firstVersion, { "accept-encoding": "gzip" })).headers.etag);

    const editor = await db.user.findUniqueOrThrow({
      where: { username: "editor" },
      select: { id: true, username: true, role: true },
    });
    const notice = await db.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { currentVersion: true } });
    await correctNotice(
      db,
      { id: editor.id, name: editor.username, role: editor.role },
      {
        noticeId,
        expectedVersion: notice.currentVersion,
        headline: CORRECTED_HEADLINE,
        summary: "Қысқаша.",
        changeNote: "Тақырып түзетілді",
      },
      { jobs },
    );

    // The correction reaches both servers as a database notification, milliseconds after its commit.
    for (const instance of [0, 1]) {
      for (const [name, url] of Object.entries(pages())) {
        const after = await vi.waitUntil(
          async () => {
            const response = await get(instance, url, {
              "accept-encoding": "br",
              "if-none-match": before.get(`${instance} ${url}`) ?? "",
            });
            return response.statusCode === 200 ? response : undefined;
          },
          { timeout: 10_000, interval: 50 },
        );
        const text = decoded(after.headers["content-encoding"], after.rawPayload).toString("utf8");
        expect(text, `${instance} ${name}`).toContain(
          name === "corrections" ? "Тақырып түзетілді" : CORRECTED_HEADLINE,
        );
      }
    }
    const corrected = ZJsonFeed11.parse((await get(1, "/feed.json")).json());
    expect(corrected.items.filter((item) => item.title?.includes(CORRECTED_HEADLINE))).toHaveLength(1);
    expect(feed.items.some((item) => item.title?.includes(CORRECTED_HEADLINE))).toBe(false);
    // A signed version never changes: its tag still holds after the new generation's render.
    expect((await get(0, firstVersion, { "accept-encoding": "br", "if-none-match": versionEtag })).statusCode).toBe(
      304,
    );
  });

  it("shows a cited source's archived copy on both instances as soon as the archiver keeps it", async () => {
    const { db } = database;
    const page = `/notices/${noticeId}`;
    for (const instance of [0, 1]) expect((await get(instance, page)).body).not.toContain('class="archived"');
    const source = "Министрлік: интернет өшірілмейді.";
    const server = createServer((_request, response) => void response.end(source));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { claimId } = await db.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { claimId: true } });
      const evidence = await db.evidence.findFirstOrThrow({ where: { review: { claimId } }, select: { id: true } });
      await db.evidence.update({
        where: { id: evidence.id },
        data: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/statement` },
      });
      // Served from 127.0.0.1, which production refuses.
      await archiveEvidence(db, evidence.id, { allowPrivateUrls: true });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const hash = createHash("sha256").update(source).digest("hex");
    for (const instance of [0, 1])
      await vi.waitUntil(async () => (await get(instance, page)).body.includes(hash), {
        timeout: 10_000,
        interval: 50,
      });
    const audited = await db.auditEvent.findMany({
      where: { action: "claim.source_archived" },
      select: { after: true },
    });
    expect(audited.map(({ after }) => (after as { archivedHash: string }).archivedHash)).toEqual([hash]);
  });
});
