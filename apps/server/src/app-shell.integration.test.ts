import { BOOT_PAYLOAD_ELEMENT_ID, ZBootPayload, type TBootPayload } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInOverHttp, testHttpApp } from "../test/http-test-app.ts";
import { writeWebDist } from "../test/web-dist.ts";
import { SESSION_COOKIE } from "./http-app.ts";

const database = useTestDatabase();

/** index.html as Vite writes it: the entry script and a stylesheet in the head. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <title>Tekser</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const BOOT_BLOCK = new RegExp(`<script type="application/json" id="${BOOT_PAYLOAD_ELEMENT_ID}">(.*?)</script>`, "s");

/** The boot payload a page carries, read as the dashboard reads it. */
function bootPayloadOf(html: string): TBootPayload {
  const match = BOOT_BLOCK.exec(html);
  if (!match?.[1]) throw new Error(`no boot payload in:\n${html}`);
  return ZBootPayload.parse(JSON.parse(match[1]));
}

describe("[WEB][BOOT] the app shell carries its reader's own session user, uncached", () => {
  let app: FastifyInstance;
  const dist = writeWebDist({ "index.html": INDEX_HTML, "assets/index-abc123.js": "export {};\n" });
  beforeAll(async () => {
    app = await testHttpApp(database.db, { webDistDir: dist.dir });
  });
  afterAll(async () => {
    await app.close();
    dist.remove();
  });

  const getPage = (url: string, cookie?: string) =>
    app.inject({ method: "GET", url, headers: { accept: "text/html", ...(cookie ? { cookie } : {}) } });

  it("gives a signed-in reader, at / and at any dashboard path, what auth.me answers them, marked not to be stored", async () => {
    const { cookie } = await logInOverHttp(app, database.db, "reviewer");
    const me = await app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie } });
    const expected = me.json<{ result: { data: unknown } }>().result.data;
    expect(expected).toMatchObject({ role: "reviewer" });

    for (const url of ["/", "/claims/some-claim?tab=history", "/index.html"]) {
      const page = await getPage(url, cookie);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers["content-type"], url).toMatch(/^text\/html/);
      expect(page.headers["cache-control"], url).toBe("private, no-store");
      expect(page.headers.vary, url).toMatch(/cookie/i);
      expect(bootPayloadOf(page.body).user, url).toEqual(expected);
      // The rest of the shell is Vite's, untouched: the entry script still loads.
      expect(page.body, url).toContain(`<script type="module" crossorigin src="/assets/index-abc123.js"></script>`);
    }
  });

  it("names nobody without a session, or with an ended or unknown one; that shell may be revalidated from a cache", async () => {
    const { cookie, username } = await logInOverHttp(app, database.db, "editor");
    const anonymous = await getPage("/");
    expect(bootPayloadOf(anonymous.body)).toEqual({ user: null });
    expect(anonymous.headers["cache-control"]).toBe("no-cache");

    const unknown = await getPage("/", `${SESSION_COOKIE}=not-a-session-anyone-has`);
    expect(bootPayloadOf(unknown.body)).toEqual({ user: null });

    await database.db.session.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
      where: { user: { username } },
    });
    const ended = await getPage("/", cookie);
    expect(bootPayloadOf(ended.body)).toEqual({ user: null });
  });

  it("writes a display name that tries to close the element as inert text that reads back unchanged", async () => {
    const { cookie, username } = await logInOverHttp(app, database.db, "auditor");
    const hostile = `</script><script>alert(1)</script><!-- & \u2028 "quoted"`;
    await database.db.user.update({ where: { username }, data: { displayName: hostile } });

    const page = await getPage("/", cookie);
    expect(page.body).not.toContain("<script>alert(1)");
    expect(page.body).not.toContain("<!--");
    // One data block and the entry script: the name opened no element of its own.
    expect(page.body.match(/<script/g)).toHaveLength(2);
    expect(bootPayloadOf(page.body).user?.displayName).toBe(hostile);
  });

  it("still serves hashed assets as files, cached for good, and answers unknown non-HTML paths with 404", async () => {
    const script = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const missing = await app.inject({
      method: "GET",
      url: "/assets/gone.js",
      headers: { accept: "application/javascript" },
    });
    expect(missing.statusCode).toBe(404);
  });
});
