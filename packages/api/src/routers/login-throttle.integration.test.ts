import { createDb } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { createUser } from "@tekser/domain/accounts/accounts.ts";
import { callerFor, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

function anonymousFrom(db: Parameters<typeof callerFor>[0], clientAddress: string) {
  return callerFor(db, null, undefined, { clientAddress }).caller;
}

describe("[AUTH][THROTTLE] failed logins are throttled per username and per client address", () => {
  it("refuses the 21st attempt as throttled even with the right password, says when to retry, and lets the user in once the lock ends", async () => {
    const { db } = database;
    await createUser(db, { username: "aigerim.t", displayName: "Айгерім", role: "reviewer", password: TEST_PASSWORD });
    const anonymous = anonymousFrom(db, "203.0.113.7");
    const answers = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      answers.push(
        (await refusal(anonymous.auth.login({ username: "aigerim.t", password: `guess number ${attempt}` }))).appCode,
      );
    }
    // Five free failures, the sixth sets the first lock; every later guess meets it unchecked.
    expect(answers.slice(0, 6)).toEqual(Array(6).fill("INVALID_CREDENTIALS"));
    expect(new Set(answers.slice(6))).toEqual(new Set(["TOO_MANY_LOGIN_ATTEMPTS"]));

    const twentyFirst = anonymous.auth.login({ username: "aigerim.t", password: TEST_PASSWORD });
    await expect(twentyFirst).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/aigerim\.t.*try again in \d+ s/),
    });
    const error = await twentyFirst.then(
      () => null,
      (caught: unknown) => caught as { cause?: { details?: { retryAfterSeconds?: number } } },
    );
    expect(error?.cause?.details?.retryAfterSeconds).toBeGreaterThan(0);
    // Throttled attempts are not audited one by one; the checked failures are.
    expect(await db.auditEvent.count({ where: { action: "auth.loginFailed" } })).toBe(6);

    await db.loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    const longAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await db.loginThrottle.create({
      data: { key: "a counter nobody touched for a day", failures: 3, lastFailureAt: longAgo },
    });
    expect(await anonymous.auth.login({ username: "aigerim.t", password: TEST_PASSWORD })).toMatchObject({
      username: "aigerim.t",
    });
    expect(
      await db.loginThrottle.count({ where: { lastFailureAt: { lt: new Date(Date.now() - 60 * 60 * 1000) } } }),
    ).toBe(0);
    // The success forgot the username's failures: a typo now is an ordinary wrong password.
    expect(await refusal(anonymous.auth.login({ username: "aigerim.t", password: "typo" }))).toMatchObject({
      appCode: "INVALID_CREDENTIALS",
    });
  });

  it("holds across two server instances guessing in parallel from many addresses: only the free failures reach the password check", async () => {
    const { db, url } = database;
    const otherInstance = createDb(url);
    try {
      await createUser(db, { username: "dana.s", displayName: "Дана", role: "editor", password: TEST_PASSWORD });
      const guesses = Array.from({ length: 30 }, (_, index) =>
        refusal(
          anonymousFrom(index % 2 === 0 ? db : otherInstance, `198.51.100.${index}`).auth.login({
            username: "dana.s",
            password: `parallel ${index}`,
          }),
        ),
      );
      const codes = (await Promise.all(guesses)).map((answer) => answer.appCode);
      expect(codes.filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(6);
      expect(codes.filter((code) => code === "TOO_MANY_LOGIN_ATTEMPTS")).toHaveLength(24);
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("throttles one address trying many usernames, audits unknown usernames only in aggregate and never records what was typed", async () => {
    const { db } = database;
    const sprayer = anonymousFrom(db, "192.0.2.66");
    const typed = Array.from({ length: 21 }, (_, index) => `maybe-a-password-${index}`);
    for (const username of typed) {
      expect(await refusal(sprayer.auth.login({ username, password: "x" }))).toMatchObject({
        appCode: "INVALID_CREDENTIALS",
      });
    }
    expect(await refusal(sprayer.auth.login({ username: "one-more", password: "x" }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("192.0.2.66"),
    });
    // Another address is not affected.
    expect(
      await refusal(anonymousFrom(db, "192.0.2.67").auth.login({ username: "one-more", password: "x" })),
    ).toMatchObject({ appCode: "INVALID_CREDENTIALS" });

    const events = await db.auditEvent.findMany({
      where: { action: { startsWith: "auth.loginFailed" } },
      orderBy: { seq: "asc" },
    });
    const fromSprayer = events.filter((event) => event.subjectId === "192.0.2.66");
    expect(fromSprayer.map((event) => [event.action, (event.after as { failures: number }).failures])).toEqual([
      ["auth.loginFailedUnknownUser", 1],
      ["auth.loginFailedUnknownUser", 10],
    ]);
    const stored = JSON.stringify([events, await db.loginThrottle.findMany()], (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    for (const username of typed) expect(stored).not.toContain(username);
  });
});
