import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  ChangeHub,
  correctNotice,
  issueApiToken,
  listWebhookDeliveries,
  publishNotice,
  revokeApiToken,
  startEvidenceArchiver,
  startWebhookWorker,
} from "@tekser/domain";
import { ZNoticeChangesPage, ZSignedNotice, type TNoticeChange } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { loadDemoData } from "@tekser/demo-data";
import { JobQueue } from "@tekser/jobs";
import { ZClaimReviewMarkup, ZJsonFeed11 } from "@tekser/publish";
import { verifyValue, ZPublicKeySet } from "@tekser/signing";
import type { FastifyInstance } from "fastify";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHttpApp } from "./http-app.ts";

const database = useTestDatabase();
const CITED_PAGE = "<html><body><p>ОСК хабарламасы: учаскелер 07:00–20:00 жұмыс істейді.</p></body></html>";

/**
 * An independent newsroom receiver: it checks the HMAC itself with node:crypto (not Tekser's
 * code), refuses stale timestamps, and fails its first request to make Tekser retry.
 */
class TestReceiver {
  secret = "";
  received: { change: TNoticeChange & { deliveryId: string }; verified: boolean }[] = [];
  attempts = 0;
  private server: Server = createServer((request, response) => {
    // GET is a cited source being archived; POST is a webhook delivery.
    if (request.method === "GET") return void response.writeHead(200, { "content-type": "text/html" }).end(CITED_PAGE);
    void this.handle(request).then((status) => response.writeHead(status).end());
  });
  url = "";

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/tekser`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  private async handle(request: IncomingMessage): Promise<number> {
    this.attempts += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    if (this.attempts === 1) return 503;
    const header = String(request.headers["tekser-signature"] ?? "");
    const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
    const expected = createHmac("sha256", this.secret).update(`${parts.t}.${body}`).digest();
    const given = Buffer.from(parts.v1 ?? "", "hex");
    const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
    const verified = given.length === expected.length && timingSafeEqual(given, expected) && fresh;
    this.received.push({ change: JSON.parse(body) as TNoticeChange & { deliveryId: string }, verified });
    return verified ? 204 : 401;
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("[PUBLISH] a correction reaches the page, feeds, pull API and a webhook", () => {
  let app: FastifyInstance;
  let jobs: JobQueue;
  let base: string;
  const receiver = new TestReceiver();

  beforeAll(async () => {
    const { db } = database;
    await loadDemoData(db);
    jobs = await JobQueue.start(database.url, { pollingIntervalSeconds: 0.5 });
    await receiver.start();
    app = await buildHttpApp({
      db,
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "https://tekser.example.kz",
        timeZone: "Asia/Almaty",
      },
      publishing: { jobs },
      // The test receiver listens on 127.0.0.1.
      outbound: { allowPrivateUrls: true },
      changes: new ChangeHub(),
      webDistDir: "/nonexistent",
      logLevel: "silent",
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    await startWebhookWorker(db, jobs, "http://tekser.test", { allowPrivateUrls: true });
    await startEvidenceArchiver(db, jobs, { allowPrivateUrls: true });
    // The demo cites real sites, unreachable from a test: every citation points here instead.
    await db.evidence.updateMany({ data: { url: receiver.url.replace("/hooks/tekser", "/cited-source") } });
  });
  afterAll(async () => {
    await app.close();
    await jobs.stop();
    await receiver.stop();
  });

  it("serves, signs, streams, delivers and logs a correction; refuses a revoked token", async () => {
    const { db } = database;
    const admin = await db.user.findUniqueOrThrow({
      where: { username: "demo-admin" },
      select: { id: true, username: true, role: true },
    });
    const editor = await db.user.findUniqueOrThrow({
      where: { username: "editor" },
      select: { id: true, username: true, role: true },
    });
    const actor = (user: typeof admin) => ({ id: user.id, name: user.username, role: user.role });

    const { token, id: tokenId } = await issueApiToken(db, actor(admin), { newsroom: "Qazaq Daily" });
    // The newsroom registers its receiver itself, with its token; the secret comes back once.
    const registered = await fetch(`${base}/api/v1/webhooks`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ url: receiver.url }),
    });
    expect(registered.status).toBe(201);
    const webhook = (await registered.json()) as { id: string; secret: string };
    receiver.secret = webhook.secret;

    const pull = (since: string, bearer = token) =>
      fetch(`${base}/api/v1/notices?since=${since}`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await fetch(`${base}/api/v1/notices`)).status).toBe(401);
    const first = ZNoticeChangesPage.parse(await (await pull("0")).json());
    expect(first.changes.length).toBeGreaterThan(5);
    const notice = first.changes.find(
      (change) => change.document.lang === "kk" && change.event === "notice.published",
    )!;

    await correctNotice(
      db,
      actor(editor),
      {
        noticeId: notice.document.id,
        expectedVersion: (await db.notice.findUniqueOrThrow({ where: { id: notice.document.id } })).currentVersion,
        headline: `${notice.document.headline} (түзетілді)`,
        summary: notice.document.summary,
        changeNote: "Тақырыпқа түзету белгісі қосылды",
      },
      { jobs },
    );

    // Pull API: only the correction comes after the previous cursor.
    const next = ZNoticeChangesPage.parse(await (await pull(first.nextCursor)).json());
    expect(next.changes.map((change) => [change.event, change.document.id, change.document.changeNote])).toEqual([
      ["notice.corrected", notice.document.id, "Тақырыпқа түзету белгісі қосылды"],
    ]);
    const keys = ZPublicKeySet.parse(await (await fetch(`${base}/.well-known/jwks.json`)).json());
    expect(verifyValue(next.changes[0]!.document, next.changes[0]!.signature, keys)).toMatchObject({ valid: true });

    // Webhook: the first attempt fails, the queue retries, the receiver verifies the HMAC.
    const delivered = await waitFor(() => receiver.received[0], "the webhook delivery");
    expect(delivered.verified).toBe(true);
    expect(delivered.change).toMatchObject({
      event: "notice.corrected",
      document: { id: notice.document.id, changeNote: "Тақырыпқа түзету белгісі қосылды" },
    });
    const history = await waitFor(async () => {
      const row = await db.webhookDelivery.findFirst({ where: { webhookId: webhook.id, deliveredAt: { not: null } } });
      return row ?? undefined;
    }, "the delivery record");
    expect(history).toMatchObject({ attempts: 2, lastStatus: 204, lastError: null });
    const ownHistory = (await (
      await fetch(`${base}/api/v1/webhooks/deliveries`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      rows: { attempts: number; deliveredAt: string | null }[];
    };
    expect(ownHistory.rows[0]).toMatchObject({ attempts: 2, deliveredAt: expect.any(String) });
    expect(ownHistory.rows[0]).not.toHaveProperty("claimId");
    // The dashboard's history names the claim, for the auditor's History link.
    const dashboardHistory = await listWebhookDeliveries(db, { page: 1, perPage: 10, sort: [], filters: {} });
    const noticeClaim = await db.notice.findUniqueOrThrow({
      where: { id: notice.document.id },
      select: { claimId: true },
    });
    expect(dashboardHistory.rows[0]?.claimId).toBe(noticeClaim.claimId);

    // Page, signed JSON, feeds, corrections log and the embeddable card all show the correction.
    const page = await (await fetch(`${base}/notices/${notice.document.id}`)).text();
    expect(page).toContain("Тақырыпқа түзету белгісі қосылды");
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? "{}";
    const claimReview = ZClaimReviewMarkup.parse(JSON.parse(jsonLd));
    expect(claimReview).toMatchObject({
      url: `http://tekser.test/notices/${notice.document.id}`,
      inLanguage: "kk",
      author: { name: "Tekser", url: "https://tekser.example.kz" },
    });
    expect(page).toMatch(/<link rel="alternate" hreflang="ru" href="http:\/\/tekser.test\/notices\/[0-9a-f-]{36}">/);
    const signedResponse = await fetch(`${base}/notices/${notice.document.id}.json`);
    expect(signedResponse.headers.get("access-control-allow-origin")).toBe("*");
    const signed = ZSignedNotice.parse(await signedResponse.json());
    expect(verifyValue(signed.document, signed.signature, keys)).toMatchObject({ valid: true });
    // The version before the correction stays public and verifiable.
    const before = ZSignedNotice.parse(
      await (await fetch(`${base}/notices/${notice.document.id}/versions/${signed.document.version - 1}`)).json(),
    );
    expect(before.document.headline).toBe(notice.document.headline);
    expect(verifyValue(before.document, before.signature, keys)).toMatchObject({ valid: true });
    const rss = await new Parser().parseString(await (await fetch(`${base}/feed.xml?lang=kk`)).text());
    expect(rss.items[0]?.title).toContain("(түзетілді)");
    const jsonFeed = ZJsonFeed11.parse(await (await fetch(`${base}/feed.json`)).json());
    expect(jsonFeed.items[0]).toMatchObject({
      _tekser: { signed: { document: { version: signed.document.version } } },
    });
    const fakeRu = ZJsonFeed11.parse(await (await fetch(`${base}/feed.json?lang=ru&verdict=fake`)).json());
    expect(fakeRu.items.length).toBeGreaterThan(0);
    expect(fakeRu.items.map((item) => [item.language, (item._tekser as { verdict: string }).verdict])).toEqual(
      fakeRu.items.map(() => ["ru", "fake"]),
    );
    const allRu = ZJsonFeed11.parse(await (await fetch(`${base}/feed.json?lang=ru`)).json());
    expect(allRu.items.length).toBeGreaterThan(fakeRu.items.length);
    expect((await fetch(`${base}/feed.json?verdict=true`)).status).toBe(400);
    expect(await (await fetch(`${base}/corrections`)).text()).toContain("Тақырыпқа түзету белгісі қосылды");
    const card = await fetch(`${base}/embed/notices/${notice.document.id}`);
    expect(card.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(card.headers.get("x-frame-options")).toBeNull();
    expect(await card.text()).toContain("(түзетілді)");

    // A new publication is delivered too, with its own verifying signature.
    const decided = await db.claim.findFirstOrThrow({ where: { status: "decided" }, select: { id: true } });
    const cited = await db.evidence.findFirstOrThrow({
      where: { review: { claimId: decided.id, status: "approved" } },
      select: { id: true },
    });
    const { noticeId: fresh } = await publishNotice(
      db,
      actor(editor),
      { claimId: decided.id, lang: "ru", headline: "Новое заключение", summary: "Кратко." },
      { jobs },
    );
    const published = await waitFor(
      () => receiver.received.find((entry) => entry.change.document.id === fresh),
      "the publication delivery",
    );
    expect(published).toMatchObject({
      verified: true,
      change: { event: "notice.published", document: { version: 1 } },
    });
    expect(verifyValue(published.change.document, published.change.signature, keys)).toMatchObject({ valid: true });

    // Its cited source is archived after publication and linked from the page.
    await waitFor(
      async () => (await db.evidence.findUnique({ where: { id: cited.id } }))?.archivedAt ?? undefined,
      "the evidence archive",
    );
    const archive = await fetch(`${base}/evidence/${cited.id}/archive`);
    expect(archive.headers.get("content-security-policy")).toBe("sandbox");
    expect(archive.headers.get("content-type")).toContain("text/plain");
    expect(await archive.text()).toBe(CITED_PAGE);
    expect(await (await fetch(`${base}/notices/${fresh}`)).text()).toContain(`/evidence/${cited.id}/archive`);

    await revokeApiToken(db, actor(admin), { tokenId, reason: "newsroom closed" });
    const refused = await pull("0");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toMatch(/revoked on .*ask the Tekser administrator/);
  });
});
