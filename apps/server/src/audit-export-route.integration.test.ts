import { ChangeHub, createUser } from "@tekser/domain";
import type { TRole } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { buildHttpApp, SESSION_COOKIE } from "./http-app.ts";

const database = useTestDatabase();

/** An account with a session, as if it had logged in; returns the cookie value. */
async function sessionFor(role: TRole, mustChangePassword: boolean): Promise<string> {
  const { db } = database;
  const username = `${role}-${randomBytes(3).toString("hex")}`;
  const userId = await createUser(db, {
    username,
    displayName: username,
    role,
    password: "a password nobody needs here",
    mustChangePassword,
  });
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  await db.session.create({ data: { tokenHash, userId, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
  return token;
}

describe("[AUDIT][EXPORT][SESSIONS] the cookie-authenticated audit export applies every procedure's session rules", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildHttpApp({
      db: database.db,
      site: {
        baseUrl: "http://tekser.test",
        organisationName: "Tekser",
        organisationUrl: "http://tekser.test",
        timeZone: "Asia/Almaty",
      },
      publishing: { jobs: null },
      outbound: { allowPrivateUrls: false },
      changes: new ChangeHub(),
      webDistDir: "/nonexistent",
      logLevel: "silent",
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const exportAs = (token: string | undefined) =>
    app.inject({ method: "GET", url: "/audit/export?format=jsonl", cookies: token ? { [SESSION_COOKIE]: token } : {} });

  it("refuses an auditor who must still change a password others may know, and serves one who changed it", async () => {
    const mustChange = await exportAs(await sessionFor("auditor", true));
    expect(mustChange.statusCode).toBe(403);
    expect(mustChange.json()).toEqual({
      code: "PASSWORD_CHANGE_REQUIRED",
      error: "Exporting the audit log: Choose a new password before you continue",
    });

    const changed = await exportAs(await sessionFor("auditor", false));
    expect(changed.statusCode).toBe(200);
    expect(changed.headers["content-type"]).toContain("application/jsonl");
  });

  it("refuses no session with 401 and a reviewer with 403, naming the roles", async () => {
    const anonymous = await exportAs(undefined);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: "UNAUTHORIZED" });
    const reviewer = await exportAs(await sessionFor("reviewer", false));
    expect(reviewer.statusCode).toBe(403);
    expect(reviewer.json()).toMatchObject({
      code: "ROLE_NOT_ALLOWED",
      error: expect.stringContaining("auditor or admin"),
    });
  });
});
