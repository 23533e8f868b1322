import { setTimeout as sleep } from "node:timers/promises";
import { createDb, type Db } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logInOverHttp, testHttpApp } from "../../test/http-test-app.ts";
import { startEachTestInAFreshRateWindow } from "../../test/rate-window.ts";
import { limitPublicLoad } from "./public-load-limits.ts";

const database = useTestDatabase();
startEachTestInAFreshRateWindow();

const CRAWLER = "203.0.113.9";
const READER = "198.51.100.33";
const ALLOWANCE = 3;

/** Every instance's requests of `client` in the current window, as the shared table holds them. */
async function sharedCount(db: Db, client: string): Promise<number> {
  const rows = await db.$queryRaw<
    { requests: number }[]
  >`SELECT requests FROM "PublicAllowance" WHERE client = ${client} ORDER BY "windowIndex" DESC LIMIT 1`;
  return rows[0]?.requests ?? 0;
}

describe("[HTTP][RATE-LIMIT][INSTANCES] one allowance per client across server instances on one database", () => {
  const instances: { app: FastifyInstance; db: Db }[] = [];
  beforeAll(async () => {
    // Two instances as deployed: each its own connection pool, as the application role.
    for (let i = 0; i < 2; i++) {
      const db = createDb(database.appUrl);
      instances.push({
        db,
        app: await testHttpApp(db, { publicLoad: { perClientPerMinute: ALLOWANCE, concurrency: 16, queue: 256 } }),
      });
    }
  });
  afterAll(async () => {
    for (const { app, db } of instances) {
      await app.close();
      await db.$disconnect();
    }
  });

  const get = (instance: number, url: string, remoteAddress: string, headers: Record<string, string> = {}) => {
    const target = instances[instance];
    if (!target) throw new Error(`no instance ${instance}`);
    return target.app.inject({ method: "GET", url, remoteAddress, headers });
  };

  it("refuses a client over the allowance on the other instance too, with Retry-After; other clients and the desk go on", async () => {
    const [first, second] = instances;
    if (!first || !second) throw new Error("the instances are built in beforeAll");
    const allowed = [
      await get(0, "/feed.json", CRAWLER),
      await get(0, "/feed.xml", CRAWLER),
      await get(0, "/archive", CRAWLER),
    ];
    expect(allowed.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    await vi.waitUntil(async () => (await sharedCount(database.db, CRAWLER)) === ALLOWANCE, { timeout: 10_000 });

    // The crawler has used up its allowance at the first instance. Once the second has synced
    // since (its own reader's request reaches the table in the statement that also tells it who
    // has used theirs up), it refuses the crawler at its first request there, which a count per
    // instance would have let through.
    expect((await get(1, "/feed.json", READER)).statusCode).toBe(200);
    await vi.waitUntil(async () => (await sharedCount(database.db, READER)) === 1, { timeout: 10_000 });
    for (const [instance, url] of [
      [1, "/feed.json"],
      [1, "/submit"],
      [0, "/archive"],
      [0, "/corrections"],
    ] as const) {
      const refused = await get(instance, url, CRAWLER);
      expect(refused.statusCode, `${instance} ${url}`).toBe(429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60);
      expect(refused.json<{ code: string; message: string }>()).toMatchObject({
        code: "RATE_LIMITED",
        message: expect.stringMatching(/^This address made more than 3 requests in a minute; retry in \d+ seconds$/),
      });
    }

    expect((await get(1, "/archive", READER)).statusCode).toBe(200);
    expect((await get(0, "/feed.atom", READER)).statusCode).toBe(200);
    // Staff routes are not limited, even from the crawler's address, on either instance.
    for (const [instance, { app, db }] of instances.entries()) {
      const desk = await logInOverHttp(app, db, "reviewer");
      for (let i = 0; i < ALLOWANCE + 2; i++)
        expect((await get(instance, "/trpc/auth.me", CRAWLER, { cookie: desk.cookie })).statusCode).toBe(200);
    }
  });
});

describe("[HTTP][RATE-LIMIT][DATABASE-DOWN] the allowance when its database cannot be reached", () => {
  let app: FastifyInstance;
  let unreachable: Db;
  const logged: string[] = [];
  beforeAll(async () => {
    // Port 1 on loopback: connections are refused at once, as with a database that is down.
    unreachable = createDb("postgresql://tekser@127.0.0.1:1/tekser");
    app = Fastify({ logger: { level: "info", stream: { write: (line: string) => logged.push(line) } } });
    const registerPublic = limitPublicLoad(
      app,
      { perClientPerMinute: ALLOWANCE, concurrency: 16, queue: 256 },
      unreachable,
    );
    await registerPublic(async (scope) => {
      scope.get("/feed", async () => ({ ok: true }));
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await unreachable.$disconnect();
  });

  it("asks nothing of the database while no public request arrives", async () => {
    // Ten times the interval at which an instance with requests to add would have asked (and failed).
    await sleep(10 * 250);
    expect(logged.filter((line) => line.includes("the shared counts cannot be reached"))).toEqual([]);
  });

  it("serves public requests, logs the failure once, and still counts each client on this instance", async () => {
    const answers = [];
    for (let i = 0; i < ALLOWANCE + 1; i++)
      answers.push((await app.inject({ method: "GET", url: "/feed", remoteAddress: CRAWLER })).statusCode);
    expect(answers).toEqual([200, 200, 200, 429]);
    await vi.waitUntil(() => logged.some((line) => line.includes("the shared counts cannot be reached")), {
      timeout: 10_000,
    });
    expect((await app.inject({ method: "GET", url: "/feed", remoteAddress: READER })).statusCode).toBe(200);
    // The requests kept for the next sync are tried again, and fail again, without another line.
    await sleep(4 * 250);
    expect(logged.filter((line) => line.includes("the shared counts cannot be reached"))).toHaveLength(1);
  });
});
