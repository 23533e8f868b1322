import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

describe("[AUDIT][USERS] account creation and role changes are audited", () => {
  it("an admin creates a user and changes a role; the events name the admin, the old and new role and the reason", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const { userId } = await admin.caller.user.create({
      username: "dana",
      displayName: "Дана",
      role: "reviewer",
      password: "first password 123",
    });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "user.create", subjectId: userId },
        select: { actorName: true, after: true },
      }),
    ).toEqual({
      actorName: admin.user.username,
      after: { username: "dana", role: "reviewer" },
    });

    const reviewer = await loggedIn(db, "reviewer");
    const sessionsBefore = await db.session.count({ where: { userId: reviewer.user.id } });
    expect(sessionsBefore).toBe(1);
    await admin.caller.user.setRole({ userId: reviewer.user.id, role: "editor", reason: "Moved to the editors' desk" });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "user.setRole", subjectId: reviewer.user.id },
        select: { before: true, after: true, reason: true, actorRole: true },
      }),
    ).toEqual({
      before: { username: reviewer.user.username, role: "reviewer" },
      after: { username: reviewer.user.username, role: "editor" },
      reason: "Moved to the editors' desk",
      actorRole: "admin",
    });
    expect(await db.session.count({ where: { userId: reviewer.user.id } })).toBe(0);

    await expect(
      admin.caller.user.setRole({ userId: reviewer.user.id, role: "editor", reason: "again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      reviewer.caller.user.setRole({ userId: admin.user.id, role: "reviewer", reason: "coup" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
