import { describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem, PENSION_ARTICLE, PENSION_NEAR_MISS } from "../../test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";

describe("[CLAIMS][SEARCH] full-text and trigram search with filters; similar claims", () => {
  const database = useTestDatabase();

  it("finds items across scripts and spellings and applies every filter", async () => {
    const { db } = database;
    const [kkId, nearId, ruId] = await ingestItems(
      db,
      parsedItem({ kind: "article", site: "aikyn.kz", title: "Зейнет жасы көтерілмейді", text: PENSION_ARTICLE, publishedAt: "2026-03-14T06:00:00.000Z" }),
      parsedItem({ kind: "article", site: "qazaq24.com", title: "Ең төменгі зейнетақы өседі", text: PENSION_NEAR_MISS, publishedAt: "2026-03-20T06:00:00.000Z" }),
      parsedItem({
        site: "t.me/almaty",
        lang: "ru",
        text: "Срочно: с понедельника в Алматы вводят комендантский час с десяти вечера, сообщили в акимате.",
        publishedAt: "2026-03-18T06:00:00.000Z",
      }),
    );
    const { caller } = await loggedIn(db, "auditor");

    // Latin-script query, a word stem (prefix), and newest first.
    const latin = await caller.claim.search({ q: "zeinet" });
    expect(latin.rows.map((row) => row.itemId)).toEqual([nearId, kkId]);
    expect((await caller.claim.search({ q: "Zeinet jasy" })).rows.map((row) => row.itemId)).toEqual([kkId]);
    expect(latin.rows[1]).toMatchObject({ claimId: await claimOf(db, kkId!), site: "aikyn.kz", lang: "kk", kind: "article" });

    expect((await caller.claim.search({ q: "комендантский" })).rows.map((row) => row.itemId)).toEqual([ruId]);
    expect((await caller.claim.search({ q: "зейнет", site: "qazaq24.com" })).rows.map((row) => row.itemId)).toEqual([nearId]);
    expect((await caller.claim.search({ q: "зейнет", lang: ["ru"] })).rows).toEqual([]);
    expect((await caller.claim.search({ q: "зейнет", to: "2026-03-15T00:00:00Z" })).rows.map((row) => row.itemId)).toEqual([kkId]);
    expect((await caller.claim.search({ q: "зейнет", from: "2026-03-15T00:00:00Z" })).rows.map((row) => row.itemId)).toEqual([nearId]);

    await db.claim.update({ where: { id: (await claimOf(db, kkId!))! }, data: { verdict: "fake", status: "decided" } });
    expect((await caller.claim.search({ q: "зейнет", verdict: ["fake"] })).rows.map((row) => row.itemId)).toEqual([kkId]);
    expect((await caller.claim.search({ q: "зейнет", status: ["new"] })).rows.map((row) => row.itemId)).toEqual([nearId]);

    // A misspelt title still finds its claim through trigram similarity.
    const misspelt = await caller.claim.search({ q: "Зейнет жасы көтерлмейді" });
    expect(misspelt.rows.map((row) => row.itemId)).toContain(kkId);

    const similar = await caller.claim.similar({ id: (await claimOf(db, kkId!))! });
    expect(similar.map((claim) => claim.id)).toContain(await claimOf(db, nearId!));
    expect(similar.map((claim) => claim.id)).not.toContain(await claimOf(db, ruId!));
  });
});
