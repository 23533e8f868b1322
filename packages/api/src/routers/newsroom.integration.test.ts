import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";
import { authenticateApiToken } from "@tekser/domain/publish/api-tokens.ts";

async function refusalOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe("[PUBLISH][TOKENS] newsroom API tokens and webhooks", () => {
  const database = useTestDatabase();

  it("issues a token once, keeps only its SHA-256, revokes it with an audited reason", async () => {
    const { db } = database;
    const admin = await loggedIn(db, "admin");
    const editor = await loggedIn(db, "editor");

    expect(await refusalOf(editor.caller.newsroom.issueToken({ newsroom: "Qazaq Daily" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const issued = await admin.caller.newsroom.issueToken({ newsroom: "Qazaq Daily" });
    expect(issued.token).toMatch(/^tks_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(JSON.stringify(await db.apiToken.findMany())).not.toContain(issued.token);
    expect(await authenticateApiToken(db, `Bearer ${issued.token}`)).toEqual({
      tokenId: issued.id,
      newsroom: "Qazaq Daily",
    });
    await expect(authenticateApiToken(db, "Bearer tks_wrong")).rejects.toThrow(/not known/);
    await expect(authenticateApiToken(db, undefined)).rejects.toThrow(/Authorization: Bearer/);

    const webhook = await editor.caller.newsroom.registerWebhook({
      tokenId: issued.id,
      url: "https://newsroom.example.kz/hooks/tekser",
    });
    expect(webhook.secret).toMatch(/^whsec_/);
    expect(
      await refusalOf(editor.caller.newsroom.registerWebhook({ tokenId: issued.id, url: "ftp://x" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    // The test context runs with TEKSER_ALLOW_PRIVATE_URLS off, as production does.
    expect(
      await refusalOf(
        editor.caller.newsroom.registerWebhook({ tokenId: issued.id, url: "http://169.254.169.254/latest/meta-data/" }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message:
        "Refused to contact http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a linkLocal address, not a public one",
    });
    expect(
      await refusalOf(
        editor.caller.newsroom.registerWebhook({ tokenId: issued.id, url: "http://localhost:8080/hook" }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^Refused to contact http:\/\/localhost:8080\/hook: localhost resolves to .* loopback address/,
      ) as unknown,
    });
    expect((await editor.caller.newsroom.listWebhooks({})).map((row) => row.url)).toEqual([
      "https://newsroom.example.kz/hooks/tekser",
    ]);

    expect(await refusalOf(editor.caller.newsroom.revokeToken({ tokenId: issued.id, reason: "x" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.caller.newsroom.revokeToken({ tokenId: issued.id, reason: "Newsroom closed" });
    await expect(authenticateApiToken(db, `Bearer ${issued.token}`)).rejects.toThrow(/revoked on/);
    expect(await refusalOf(admin.caller.newsroom.revokeToken({ tokenId: issued.id, reason: "again" }))).toMatchObject({
      code: "CONFLICT",
    });
    const list = await editor.caller.newsroom.listTokens({ filters: { status: "revoked" } });
    expect(list).toMatchObject({ rowCount: 1, rows: [{ newsroom: "Qazaq Daily", webhooks: 1 }] });

    const events = await db.auditEvent.findMany({
      where: { subjectType: { in: ["api_token", "webhook"] } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => [event.action, event.reason])).toEqual([
      ["api_token.issue", null],
      ["webhook.register", null],
      ["api_token.revoke", "Newsroom closed"],
    ]);
  });
});
