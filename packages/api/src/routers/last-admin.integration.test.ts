import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

describe("[ACCOUNTS][LAST-ADMIN] the desk always keeps an active admin", () => {
  it("refuses to deactivate or demote the last active admin, and allows it once there is another", async () => {
    const { db } = database;
    const only = await loggedIn(db, "admin");
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
    expect(
      await refusal(only.caller.user.setActive({ userId: only.user.id, active: false, reason: "leaving" })),
    ).toMatchObject({ code: "CONFLICT", appCode: "LAST_ADMIN" });
    expect(
      await refusal(only.caller.user.setRole({ userId: only.user.id, role: "editor", reason: "stepping down" })),
    ).toMatchObject({ code: "CONFLICT", appCode: "LAST_ADMIN" });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: only.user.id }, select: { role: true, active: true } }),
    ).toEqual({ role: "admin", active: true });

    const second = await loggedIn(db, "admin");
    await second.caller.user.setActive({ userId: second.user.id, active: false, reason: "on leave" });
    // A deactivated admin does not count: the first is the last active one again.
    expect(
      await refusal(only.caller.user.setRole({ userId: only.user.id, role: "editor", reason: "stepping down" })),
    ).toMatchObject({ code: "CONFLICT", appCode: "LAST_ADMIN" });
    await only.caller.user.setActive({ userId: second.user.id, active: true, reason: "back" });
    await only.caller.user.setRole({ userId: only.user.id, role: "editor", reason: "stepping down" });
    expect(await db.user.findUniqueOrThrow({ where: { id: only.user.id }, select: { role: true } })).toEqual({
      role: "editor",
    });
  });

  it("lets only one of two admins demoting each other at the same moment succeed", async () => {
    const { db } = database;
    const admins = await db.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
    const [a, b] = [await loggedIn(db, "admin"), await loggedIn(db, "admin")];
    for (const admin of admins) await a.caller.user.setRole({ userId: admin.id, role: "editor", reason: "tidy up" });
    const results = await Promise.allSettled([
      a.caller.user.setRole({ userId: b.user.id, role: "reviewer", reason: "swap" }),
      b.caller.user.setRole({ userId: a.user.id, role: "reviewer", reason: "swap" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
  });
});
