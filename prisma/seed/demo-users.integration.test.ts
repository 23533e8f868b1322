import { createCaller } from "@tekser/api";
import { userForSessionToken, ChangeHub, BLOCK_PRIVATE_URLS } from "@tekser/domain";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { activeDemoAccounts, DEMO_USERS, ensureDemoUsers } from "./demo-users.ts";

const database = useTestDatabase();

/** Logs in through the router, as the dashboard does; returns the session's user. */
async function logIn(db: typeof database.db, username: string, password: string) {
  const jar: { token?: string } = {};
  const caller = createCaller({
    db,
    user: null,
    clientAddress: "127.0.0.1",
    publishing: { jobs: null },
    outbound: BLOCK_PRIVATE_URLS,
    changes: new ChangeHub(),
    site: {
      baseUrl: "http://tekser.test",
      organisationName: "Tekser",
      organisationUrl: "http://tekser.test",
      timeZone: "Asia/Almaty",
    },
    cookie: {
      read: () => jar.token,
      set: (token) => void (jar.token = token),
      clear: () => void (jar.token = undefined),
    },
  });
  await caller.auth.login({ username, password });
  return userForSessionToken(db, jar.token);
}

describe("[DEMO][ACCOUNTS] demo accounts have their own one-time passwords", () => {
  it("gives each demo account a different random password that must be changed at first login, once", async () => {
    const { db } = database;
    const { created } = await ensureDemoUsers(db);
    expect(created.map((account) => account.username)).toEqual(DEMO_USERS.map((demo) => demo.username));
    expect(new Set(created.map((account) => account.password)).size).toBe(DEMO_USERS.length);
    for (const account of created) expect(account.password).toMatch(/^[\w-]{16}$/);

    const [admin] = created;
    await expect(logIn(db, "demo-admin", "tekser-demo-2026")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await logIn(db, "demo-admin", admin?.password ?? "")).toMatchObject({
      username: "demo-admin",
      role: "admin",
      mustChangePassword: true,
    });

    // A second start creates nothing and prints no password.
    expect((await ensureDemoUsers(db)).created).toEqual([]);
  });

  it("names the demo accounts that can still log in, for the warning every start prints", async () => {
    const { db } = database;
    await ensureDemoUsers(db);
    await db.user.update({ where: { username: "reviewer2" }, data: { active: false } });
    expect((await activeDemoAccounts(db)).map((account) => account.username)).toEqual([
      "auditor",
      "demo-admin",
      "editor",
      "reviewer",
    ]);
  });
});
