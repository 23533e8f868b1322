import { BLOCK_PRIVATE_URLS, ChangeHub, createUser, issueApiToken } from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHttpApp } from "./http-app.ts";

const database = useTestDatabase();

describe("[PUBLISH][SSRF] webhooks registered by a newsroom with its token", () => {
  let app: FastifyInstance;
  let base = "";
  let token = "";

  beforeAll(async () => {
    const { db } = database;
    app = await buildHttpApp({
      db,
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "https://tekser.example.kz",
        timeZone: "Asia/Almaty",
      },
      publishing: { jobs: null },
      // As in production: private and loopback addresses are refused.
      outbound: BLOCK_PRIVATE_URLS,
      changes: new ChangeHub(),
      webDistDir: "/nonexistent",
      logLevel: "silent",
    });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
    const adminId = await createUser(db, {
      username: "webhook-admin",
      displayName: "Admin",
      role: "admin",
      password: "correct horse battery staple",
    });
    ({ token } = await issueApiToken(
      db,
      { id: adminId, name: "webhook-admin", role: "admin" },
      { newsroom: "Qazaq Daily" },
    ));
  });
  afterAll(() => app.close());

  const register = (url: string) =>
    fetch(`${base}/api/v1/webhooks`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ url }),
    });

  it("refuses an internal address saying only that it is not allowed, never what the host resolves to", async () => {
    for (const url of ["http://localhost:8080/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hook"]) {
      const answer = await register(url);
      expect(answer.status, url).toBe(400);
      const body = (await answer.json()) as { error: string };
      expect(body.error).toBe(`Address not allowed: ${url} does not point to a public internet address`);
      // Only the URL the newsroom sent comes back, nothing Tekser learned about it.
      expect(JSON.stringify(body).replace(url, "")).not.toMatch(/127\.0\.0\.1|::1|loopback|linkLocal|resolves/);
    }
    expect((await register("javascript:alert(1)")).status).toBe(400);
  });

  it("lets a token register at most 10 active webhooks, then says why the next is refused", async () => {
    for (let n = 1; n <= 10; n++)
      expect((await register(`https://newsroom.example.kz/hooks/${n}`)).status, `webhook ${n}`).toBe(201);
    const eleventh = await register("https://newsroom.example.kz/hooks/11");
    expect(eleventh.status).toBe(409);
    expect(await eleventh.json()).toEqual({
      code: "WEBHOOK_LIMIT",
      error:
        "Qazaq Daily already has 10 active webhooks, the most one token may have; turn one off on the Newsrooms page before registering another",
    });
    expect(await database.db.webhook.count({ where: { token: { newsroom: "Qazaq Daily" } } })).toBe(10);
  });
});
