import { connectionPool } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInOverHttp, testHttpApp } from "../../test/http-test-app.ts";
import { startEachTestInAFreshRateWindow } from "../../test/rate-window.ts";

const database = useTestDatabase();
startEachTestInAFreshRateWindow();

const CRAWLER = "203.0.113.7";
const READER = "198.51.100.20";

describe("[HTTP][RATE-LIMIT] one client's storm on the public routes", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testHttpApp(database.db, { publicLoad: { perClientPerMinute: 3, concurrency: 16, queue: 256 } });
  });
  afterAll(() => app.close());

  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: "GET", url, remoteAddress, headers });

  it("answers the client past its allowance with 429 and Retry-After, on every public route; other clients and the desk go on", async () => {
    const desk = await logInOverHttp(app, database.db, "reviewer");
    const allowed = [await get("/feed.json", CRAWLER), await get("/feed.xml", CRAWLER), await get("/archive", CRAWLER)];
    expect(allowed.map((response) => response.statusCode)).toEqual([200, 200, 200]);

    for (const url of ["/feed.json", "/archive", "/submit", "/corrections"]) {
      const refused = await get(url, CRAWLER);
      expect(refused.statusCode, url).toBe(429);
      expect(Number(refused.headers["retry-after"]), url).toBeGreaterThan(0);
      expect(Number(refused.headers["retry-after"]), url).toBeLessThanOrEqual(60);
      expect(refused.json<{ code: string; message: string }>(), url).toMatchObject({
        code: "RATE_LIMITED",
        message: expect.stringMatching(/^This address made more than 3 requests in a minute; retry in /),
      });
    }

    expect((await get("/feed.json", READER)).statusCode).toBe(200);
    // The desk signs in and works from the crawler's own address: staff routes are not limited.
    for (let i = 0; i < 6; i++) {
      const me = await get("/trpc/auth.me", CRAWLER, { cookie: desk.cookie });
      expect(me.statusCode).toBe(200);
      expect(me.json<{ result: { data: { username: string } } }>().result.data.username).toBe(desk.username);
    }
  });
});

describe("[HTTP][LOG] what a storm on the public routes writes to the log", () => {
  let app: FastifyInstance;
  const logged: { msg: string; req?: { url: string }; client?: string }[] = [];
  beforeAll(async () => {
    app = await testHttpApp(database.db, {
      logLevel: "info",
      logStream: { write: (line) => void logged.push(JSON.parse(line) as (typeof logged)[number]) },
      publicLoad: { perClientPerMinute: 2, concurrency: 16, queue: 256 },
    });
  });
  afterAll(() => app.close());

  it("has no line per public request, one line for a client passing its allowance, and still a line per other request", async () => {
    const crawler = "203.0.113.77";
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => app.inject({ method: "GET", url: "/feed.json", remoteAddress: crawler })),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 429, 429, 429]);
    expect(logged.filter((line) => line.req?.url === "/feed.json" || line.msg === "request completed")).toEqual([]);
    expect(logged.filter((line) => line.client === crawler).map((line) => line.msg)).toEqual([
      `public allowance: ${crawler} passed 2 requests in a window and is refused until it ends`,
    ]);

    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect(logged.filter((line) => line.req?.url === "/healthz").map((line) => line.msg)).toEqual(["incoming request"]);
    expect(logged.filter((line) => line.msg === "request completed")).toHaveLength(1);
  });
});

describe("[HTTP][FEEDS] a conditional GET of a rendered feed", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // No allowance: its counts are shared with other instances on a timer, which takes a
    // connection whatever the requests are.
    app = await testHttpApp(database.db, { publicLoad: { perClientPerMinute: 0, concurrency: 16, queue: 256 } });
  });
  afterAll(() => app.close());

  it("is answered 304 without a body and without taking a database connection", async () => {
    const first = await app.inject({ method: "GET", url: "/feed.atom" });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag;
    if (typeof etag !== "string") throw new Error("the feed was sent without an ETag");

    let connectionsTaken = 0;
    const pool = connectionPool(database.db);
    const count = () => connectionsTaken++;
    pool.on("acquire", count);
    try {
      const revalidations = await Promise.all(
        Array.from({ length: 20 }, () =>
          app.inject({ method: "GET", url: "/feed.atom", headers: { "if-none-match": etag } }),
        ),
      );
      expect(revalidations.map((response) => [response.statusCode, response.body])).toEqual(Array(20).fill([304, ""]));
      expect(connectionsTaken).toBe(0);
      // The counter does count: an uncached page takes a connection.
      expect((await app.inject({ method: "GET", url: "/corrections" })).statusCode).toBe(200);
      expect(connectionsTaken).toBeGreaterThan(0);
    } finally {
      pool.off("acquire", count);
    }
  });
});
