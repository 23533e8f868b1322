import { afterAll, describe, expect, it, vi } from "vitest";
import type * as Passwords from "@tekser/domain/accounts/passwords.ts";

const PASSWORDS_MODULE = "@tekser/domain/accounts/passwords.ts";

// A pass-through spy: the real argon2 verification runs, the spy only records its calls.
vi.mock("@tekser/domain/accounts/passwords.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof Passwords>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

// Test files share their worker's modules (isolate: false), so the routers may already be loaded
// with the real module by an earlier file: they are loaded afresh here, under the mock, and
// loaded afresh again without it for the files after this one.
vi.resetModules();
const passwords = await import("@tekser/domain/accounts/passwords.ts");
const { createUser } = await import("@tekser/domain/accounts/accounts.ts");
const { callerFor, refusal, TEST_PASSWORD, useTestDatabase } = await import("../../test/harness.ts");
afterAll(() => {
  vi.doUnmock(PASSWORDS_MODULE);
  vi.resetModules();
});

const database = useTestDatabase();

describe("[AUTH][ENUMERATION] a login for an unknown or disabled username costs a real argon2id verification", () => {
  it("verifies the typed password against an argon2id hash no account has, and answers as for a wrong password", async () => {
    const { db } = database;
    await createUser(db, {
      username: "erlan.disabled",
      displayName: "Ерлан",
      role: "auditor",
      password: TEST_PASSWORD,
    });
    await db.user.update({ where: { username: "erlan.disabled" }, data: { active: false } });
    const verify = vi.mocked(passwords.verifyPassword);
    const anonymous = callerFor(db, null).caller;
    for (const username of ["nobody-here", "erlan.disabled"]) {
      verify.mockClear();
      expect(await refusal(anonymous.auth.login({ username, password: TEST_PASSWORD }))).toMatchObject({
        appCode: "INVALID_CREDENTIALS",
        message: "Wrong username or password",
      });
      expect(verify).toHaveBeenCalledTimes(1);
      const [usedHash, typed] = verify.mock.calls[0] ?? [];
      expect(usedHash).toMatch(/^\$argon2id\$/);
      expect(typed).toBe(TEST_PASSWORD);
      expect(await db.user.count({ where: { passwordHash: usedHash } })).toBe(0);
      await expect(verify.mock.results[0]?.value).resolves.toBe(false);
    }
  });
});
