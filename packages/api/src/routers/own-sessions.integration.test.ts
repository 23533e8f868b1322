import { describe, expect, it } from "vitest";
import { userForSessionToken } from "@tekser/domain/accounts/sessions.ts";
import { callerFor, loggedIn, refusal, TEST_PASSWORD, useTestDatabase } from "../../test/harness.ts";

const database = useTestDatabase();

describe("[ACCOUNTS][SESSIONS] every user sees their own sessions and ends them", () => {
  it("lists the account's sessions marking the current one, ends another, and refuses someone else's", async () => {
    const { db } = database;
    const laptop = await loggedIn(db, "auditor");
    const { caller: anonymous, jar } = callerFor(db, null);
    await anonymous.auth.login({ username: laptop.user.username, password: TEST_PASSWORD });
    const phoneToken = jar.token ?? "";
    const stranger = await loggedIn(db, "editor");

    const sessions = await laptop.caller.auth.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect(Object.keys(sessions[0] ?? {})).not.toContain("tokenHash");
    const phone = sessions.find((session) => !session.current);
    if (!phone) throw new Error("the phone's session is not listed");

    expect(await refusal(stranger.caller.auth.endSession({ sessionId: phone.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await userForSessionToken(db, phoneToken)).not.toBeNull();

    await laptop.caller.auth.endSession({ sessionId: phone.id });
    expect(await userForSessionToken(db, phoneToken)).toBeNull();
    expect(await userForSessionToken(db, laptop.token)).not.toBeNull();
    expect(await laptop.caller.auth.sessions()).toEqual([expect.objectContaining({ current: true })]);
    expect(
      await db.auditEvent.findFirst({
        where: { action: "auth.endSession", subjectId: laptop.user.id },
        select: { after: true },
      }),
    ).toEqual({ after: { sessionId: phone.id } });
  });
});
