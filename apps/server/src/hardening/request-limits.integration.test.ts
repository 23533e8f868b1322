import { readFileSync } from "node:fs";
import { ZIngestReport } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { logInOverHttp, SAME_ORIGIN, useHttpApp } from "../../test/http-test-app.ts";

const database = useTestDatabase();
const CP1251_CSV = readFileSync(
  new URL("../../../../packages/ingest/fixtures/formats/monitoring-export-windows-1251.csv", import.meta.url),
);

const http = useHttpApp(database);

describe("[HTTP][BODY-LIMIT] anonymous bodies stay small", () => {
  it("refuses a 2 MB anonymous login body with 413", async () => {
    const payload = JSON.stringify({ username: "x".repeat(2 * 1024 * 1024), password: "y" });
    const response = await http.app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { ...SAME_ORIGIN, "content-type": "application/json" },
      payload,
    });
    expect(response.statusCode).toBe(413);
  });

  it("refuses a deeply nested 500 kB body with 400 naming the depth limit", async () => {
    const depth = 250_000;
    const payload = `{"username":${"[".repeat(depth)}${"]".repeat(depth)},"password":"y"}`;
    expect(payload.length).toBeGreaterThan(500_000);
    for (const url of ["/trpc/auth.login", "/api/v1/webhooks"]) {
      const response = await http.app.inject({
        method: "POST",
        url,
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        payload,
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ message: string }>().message, url).toMatch(/nested deeper than 64 levels \(at byte 75\)/);
    }
  });
});

describe("[HTTP][CSRF] tRPC mutations only as JSON from this origin", () => {
  it("refuses a cross-site multipart logout; the session still works", async () => {
    const { cookie, username } = await logInOverHttp(http.app, database.db, "reviewer");
    const boundary = "----tekser";
    const logout = await http.app.inject({
      method: "POST",
      url: "/trpc/auth.logout",
      headers: {
        cookie,
        origin: "http://tekser.test:8080",
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${boundary}--\r\n`,
    });
    expect(logout.statusCode).toBe(403);
    expect(logout.json<{ error: string }>().error).toMatch(
      /must be sent as application\/json, not multipart\/form-data/,
    );
    const me = await http.app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie } });
    expect(me.json<{ result: { data: { username: string } } }>().result.data.username).toBe(username);
  });

  it("refuses JSON from another origin or with no origin; accepts this origin, its host, or Sec-Fetch-Site same-origin", async () => {
    const { cookie } = await logInOverHttp(http.app, database.db, "reviewer");
    const setLocale = (headers: Record<string, string>) =>
      http.app.inject({
        method: "POST",
        url: "/trpc/auth.setLocale",
        headers: { cookie, "content-type": "application/json", ...headers },
        payload: JSON.stringify({ locale: "ru" }),
      });
    const foreign = await setLocale({ origin: "http://tekser.test:8080", "sec-fetch-site": "same-site" });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<{ error: string }>().error).toBe(
      "Requests from http://tekser.test:8080 may not act on a Tekser session: send it from the Tekser dashboard",
    );
    expect((await setLocale({})).statusCode).toBe(403);
    expect((await setLocale(SAME_ORIGIN)).statusCode).toBe(200);
    expect((await setLocale({ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" })).statusCode).toBe(200);
    expect((await setLocale({ "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
  });
});

describe("[HTTP][INGEST-UPLOAD] the dashboard uploads a file's bytes", () => {
  const upload = (headers: Record<string, string>, name = "export.csv", payload: Buffer = CP1251_CSV) =>
    http.app.inject({
      method: "POST",
      url: `/ingest/upload?name=${encodeURIComponent(name)}`,
      headers: { "content-type": "application/octet-stream", ...headers },
      payload,
    });

  it("ingests a windows-1251 CSV with its Cyrillic intact and answers with the ingest report", async () => {
    const { cookie } = await logInOverHttp(http.app, database.db, "reviewer");
    const response = await upload({ cookie, ...SAME_ORIGIN }, "караганда-1251.csv");
    expect(response.statusCode, response.body).toBe(200);
    const report = ZIngestReport.parse(response.json());
    expect(report).toMatchObject({ accepted: 2, rejected: 0 });
    expect(report.items.map((item) => [item.author, item.lang])).toEqual([
      ["Новости Караганды", "ru"],
      ["Шымкент сегодня", "ru"],
    ]);
    const stored = await database.db.item.findMany({
      where: { id: { in: report.items.map((item) => item.id) } },
      select: { text: true },
      orderBy: { text: "asc" },
    });
    expect(stored.map((item) => item.text)).toEqual([
      'В Караганде выпал снег, сообщает "Казгидромет".',
      "Слух о бесплатном бензине в Шымкенте не подтвердился",
    ]);
  });

  it("refuses before reading the body: anonymous 401, another origin 403, an editor 403, a forced password change 403", async () => {
    expect((await upload(SAME_ORIGIN)).statusCode).toBe(401);
    const reviewer = await logInOverHttp(http.app, database.db, "reviewer");
    const crossSite = await upload({ cookie: reviewer.cookie, origin: "http://tekser.test:8080" });
    expect(crossSite.statusCode).toBe(403);
    const editor = await logInOverHttp(http.app, database.db, "editor");
    const wrongRole = await upload({ cookie: editor.cookie, ...SAME_ORIGIN });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json<{ appError: { code: string; message: string } }>().appError).toEqual({
      code: "ROLE_NOT_ALLOWED",
      message: "This action needs the role reviewer or admin; you are editor",
      details: { allowedRoles: ["reviewer", "admin"], role: "editor" },
    });
    const mustChange = await logInOverHttp(http.app, database.db, "reviewer");
    await database.db.user.update({ where: { username: mustChange.username }, data: { mustChangePassword: true } });
    const refused = await upload({ cookie: mustChange.cookie, ...SAME_ORIGIN });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ appError: { code: string } }>().appError.code).toBe("PASSWORD_CHANGE_REQUIRED");
  });

  it("takes bodies over the default limit, and says so when a file is empty", async () => {
    const { cookie } = await logInOverHttp(http.app, database.db, "reviewer");
    const big = Buffer.concat([
      CP1251_CSV,
      Buffer.from(`Facebook,x,2026-03-15 09:15:00 +0500,${"а".repeat(2 * 1024 * 1024)},https://x.kz/1,1,1,\r\n`),
    ]);
    const response = await upload({ cookie, ...SAME_ORIGIN }, "big.csv", big);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const empty = await upload({ cookie, ...SAME_ORIGIN }, "empty.csv", Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: string }>().error).toBe("Nothing to ingest: empty.csv is empty");
  });
});
