import { ChangeHub, createUser } from "@tekser/domain";
import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildHttpApp, SESSION_COOKIE, type HttpAppOptions } from "../src/http-app.ts";

const TEST_BASE_URL = "http://tekser.test";
/** What a browser on the dashboard's own page sends with a POST. */
export const SAME_ORIGIN = { origin: TEST_BASE_URL };
export const PASSWORD = "correct horse battery staple";

/** The HTTP app on a test database, as start.ts builds it but without listening or jobs. */
export function testHttpApp(db: Db, overrides: Partial<HttpAppOptions> = {}): Promise<FastifyInstance> {
  return buildHttpApp({
    db,
    site: {
      baseUrl: TEST_BASE_URL,
      organisationName: "Tekser",
      organisationUrl: TEST_BASE_URL,
      timeZone: "Asia/Almaty",
    },
    publishing: { jobs: null },
    outbound: { allowPrivateUrls: false },
    webDistDir: "/nonexistent",
    changes: new ChangeHub(),
    logLevel: "silent",
    ...overrides,
  });
}

/** Creates a user and logs in through POST /trpc/auth.login; returns the Cookie header value. */
export async function logInOverHttp(
  app: FastifyInstance,
  db: Db,
  role: TRole,
  headers: Record<string, string> = {},
): Promise<{ cookie: string; username: string }> {
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  await createUser(db, { username, displayName: username, role, password: PASSWORD });
  const response = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { ...SAME_ORIGIN, "content-type": "application/json", ...headers },
    payload: JSON.stringify({ username, password: PASSWORD }),
  });
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !session) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return { cookie: `${SESSION_COOKIE}=${session.value}`, username };
}

/** One HTTP app per test file on its test database, built in beforeAll and closed in afterAll. */
export function useHttpApp(database: { readonly db: Db }): { readonly app: FastifyInstance } {
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await testHttpApp(database.db);
  });
  afterAll(() => app?.close());
  return {
    get app() {
      if (!app) throw new Error("the HTTP app is built in beforeAll; use it inside a test");
      return app;
    },
  };
}
