import { createUser, issueApiToken } from "@tekser/domain";
import { createDb } from "@tekser/db";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { logInOverHttp, PASSWORD, SAME_ORIGIN, testHttpApp, useHttpApp } from "../../test/http-test-app.ts";

const database = useTestDatabase();

const http = useHttpApp(database);

describe("[HTTP][HEADERS] security headers on every response", () => {
  it("sends a CSP without inline scripts that forbids framing, nosniff, no referrer, and no HSTS on http", async () => {
    for (const url of ["/healthz", "/feed.json", "/no-such-page"]) {
      const { headers } = await http.app.inject({ method: "GET", url });
      const csp = String(headers["content-security-policy"]);
      expect(csp, url).toContain("script-src 'self';");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(headers, url).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-frame-options": "DENY",
      });
      expect(headers["strict-transport-security"], url).toBeUndefined();
    }
  });

  it("lets any site frame an /embed/ card, and sends HSTS when the public address is https", async () => {
    const card = await http.app.inject({ method: "GET", url: "/embed/notices/00000000-0000-4000-8000-000000000000" });
    expect(card.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(card.headers["x-frame-options"]).toBeUndefined();
    const https = await testHttpApp(database.db, {
      site: {
        baseUrl: "https://tekser.example.kz",
        organisationName: "Tekser",
        organisationUrl: "https://tekser.example.kz",
        timeZone: "Asia/Almaty",
      },
    });
    try {
      const { headers } = await https.inject({ method: "GET", url: "/healthz" });
      expect(headers["strict-transport-security"]).toBe("max-age=31536000");
    } finally {
      await https.close();
    }
  });
});

describe("[HTTP][ERRORS] internal errors carry a reference, not their text", () => {
  it("answers a failing procedure and a failing route with a generic message and the request id; the log has the error", async () => {
    const missing = `tekser_missing_${Math.random().toString(36).slice(2, 8)}`;
    const brokenDb = createDb(Object.assign(new URL(database.url), { pathname: `/${missing}` }).toString());
    const logLines: string[] = [];
    const broken = await testHttpApp(brokenDb, {
      logLevel: "error",
      logStream: { write: (line) => void logLines.push(line) },
    });
    try {
      const login = await broken.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        payload: JSON.stringify({ username: "someone", password: "whatever it is" }),
      });
      expect(login.statusCode).toBe(500);
      expect(login.body).not.toContain(missing);
      const { error } = login.json<{ error: { message: string; data: Record<string, unknown> } }>();
      const requestId = String(error.data.requestId);
      expect(error.message).toBe(`Internal server error (reference ${requestId}); the details are in the server log`);
      expect(error.data).not.toHaveProperty("stack");
      const health = await broken.inject({ method: "GET", url: "/healthz" });
      expect(health.statusCode).toBe(500);
      expect(health.body).not.toContain(missing);
      const healthRequestId = health.json<{ requestId: string }>().requestId;
      expect(health.json<{ message: string }>().message).toBe(
        `Internal server error (reference ${healthRequestId}); the details are in the server log`,
      );
      for (const id of [requestId, healthRequestId]) {
        const logged = logLines
          .map((line) => JSON.parse(line) as { reqId?: string; err?: { message?: string } })
          .find((line) => line.reqId === id);
        expect(logged?.err?.message, id).toContain(missing);
      }
    } finally {
      await broken.close();
      await brokenDb.$disconnect();
    }
  });

  it("refuses page 1e15 and a revision beyond int4 as BAD_REQUEST, not 500", async () => {
    const { cookie } = await logInOverHttp(http.app, database.db, "reviewer");
    const list = await http.app.inject({
      method: "GET",
      url: `/trpc/claim.list?input=${encodeURIComponent(JSON.stringify({ page: 1e15 }))}`,
      headers: { cookie },
    });
    expect(list.statusCode).toBe(400);
    expect(
      list.json<{ error: { data: { code: string; zodIssues: { fieldErrors: Record<string, string[]> } } } }>().error
        .data,
    ).toMatchObject({
      code: "BAD_REQUEST",
      zodIssues: { fieldErrors: { page: ["Page numbers go up to 10000; narrow the filters instead"] } },
    });
    // The dashboard words the same issue in the user's language from its id and parameters.
    expect(list.json<{ error: { data: { zodIssues: { issues: unknown[] } } } }>().error.data.zodIssues.issues).toEqual([
      { path: ["page"], code: "too_big", messageId: "table.pageTooFar", params: { maximum: 10_000 } },
    ]);
    const verdict = await http.app.inject({
      method: "POST",
      url: "/trpc/review.setVerdict",
      headers: { cookie, ...SAME_ORIGIN, "content-type": "application/json" },
      payload: JSON.stringify({
        claimId: "00000000-0000-4000-8000-000000000000",
        revision: 1e15,
        verdict: "fake",
        rationale: "r",
        evidence: [],
      }),
    });
    expect(verdict.statusCode).toBe(400);
    expect(
      verdict.json<{ error: { data: { zodIssues: { fieldErrors: Record<string, string[]> } } } }>().error.data.zodIssues
        .fieldErrors.revision,
    ).toHaveLength(1);
  });
});

describe("[HTTP][BOUNDS] numbers in public and pull API addresses", () => {
  it("refuses a 19-digit cursor beyond bigint and page 1e15 as 400, not 500", async () => {
    const adminId = await createUser(database.db, {
      username: "token-admin",
      displayName: "Admin",
      role: "admin",
      password: PASSWORD,
    });
    const { token } = await issueApiToken(
      database.db,
      { id: adminId, name: "token-admin", role: "admin" },
      { newsroom: "Bounds Daily" },
    );
    const pull = (since: string) =>
      http.app.inject({
        method: "GET",
        url: `/api/v1/notices?since=${since}`,
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await pull("9223372036854775807")).statusCode).toBe(200);
    const beyond = await pull("9999999999999999999");
    expect(beyond.statusCode).toBe(400);
    expect(beyond.body).toContain("since must be a cursor returned by this API");
    const deliveries = await http.app.inject({
      method: "GET",
      url: "/api/v1/webhooks/deliveries?page=1000000000000000",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deliveries.statusCode).toBe(400);
  });

  it("answers a version number beyond int4 with 404, not 500", async () => {
    const version = await http.app.inject({
      method: "GET",
      url: "/notices/00000000-0000-4000-8000-000000000000/versions/1000000000000000",
    });
    expect(version.statusCode).toBe(404);
  });
});

describe("[HTTP][PROXY] X-Forwarded-For counts only from a configured proxy", () => {
  const loginAddress = async (db: typeof database.db, username: string) =>
    (
      await db.auditEvent.findFirstOrThrow({
        where: { action: "auth.login", actorName: username },
        select: { after: true },
      })
    ).after;

  it("records the socket address by default, and the forwarded one behind a trusted proxy", async () => {
    const forged = { "x-forwarded-for": "203.0.113.9" };
    const direct = await logInOverHttp(http.app, database.db, "reviewer", forged);
    expect(await loginAddress(database.db, direct.username)).toEqual({ clientAddress: "127.0.0.1" });

    const proxied = await testHttpApp(database.db, { trustProxy: ["127.0.0.1"] });
    try {
      const viaProxy = await logInOverHttp(proxied, database.db, "reviewer", forged);
      expect(await loginAddress(database.db, viaProxy.username)).toEqual({ clientAddress: "203.0.113.9" });
    } finally {
      await proxied.close();
    }
  });
});
