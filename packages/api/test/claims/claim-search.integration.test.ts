import { searchText } from "@tekser/claims";
import type { TSearchInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import {
  claimOf,
  ingestItems,
  parsedItem,
  PENSION_ARTICLE,
  PENSION_NEAR_MISS,
} from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { searchItems } from "@tekser/domain/claims/claim-search.ts";

/** Every item id search lists, page after page. */
async function everyHit(db: Db, input: TSearchInput, recentItems: number): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { rows, hasMore } = await searchItems(db, { ...input, page, perPage: 2 }, recentItems);
    ids.push(...rows.map((row) => row.itemId));
    if (!hasMore) return ids;
  }
}

describe("[CLAIMS][SEARCH] full-text and trigram search with filters; similar claims", () => {
  const database = useTestDatabase();

  it("finds items across scripts and spellings and applies every filter", async () => {
    const { db } = database;
    const [kkId, nearId, ruId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: "Зейнет жасы көтерілмейді",
        text: PENSION_ARTICLE,
        publishedAt: "2026-03-14T06:00:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        title: "Ең төменгі зейнетақы өседі",
        text: PENSION_NEAR_MISS,
        publishedAt: "2026-03-20T06:00:00.000Z",
      }),
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
    expect(latin.rows[1]).toMatchObject({
      claimId: await claimOf(db, kkId!),
      site: "aikyn.kz",
      lang: "kk",
      kind: "article",
    });

    expect((await caller.claim.search({ q: "комендантский" })).rows.map((row) => row.itemId)).toEqual([ruId]);
    expect((await caller.claim.search({ q: "зейнет", site: "qazaq24.com" })).rows.map((row) => row.itemId)).toEqual([
      nearId,
    ]);
    expect((await caller.claim.search({ q: "зейнет", lang: ["ru"] })).rows).toEqual([]);
    expect(
      (await caller.claim.search({ q: "зейнет", to: "2026-03-15T00:00:00Z" })).rows.map((row) => row.itemId),
    ).toEqual([kkId]);
    expect(
      (await caller.claim.search({ q: "зейнет", from: "2026-03-15T00:00:00Z" })).rows.map((row) => row.itemId),
    ).toEqual([nearId]);

    await db.claim.update({ where: { id: (await claimOf(db, kkId!))! }, data: { verdict: "fake", status: "decided" } });
    expect((await caller.claim.search({ q: "зейнет", verdict: ["fake"] })).rows.map((row) => row.itemId)).toEqual([
      kkId,
    ]);
    expect((await caller.claim.search({ q: "зейнет", status: ["new"] })).rows.map((row) => row.itemId)).toEqual([
      nearId,
    ]);

    // A misspelt title still finds its claim through trigram similarity.
    const misspelt = await caller.claim.search({ q: "Зейнет жасы көтерлмейді" });
    expect(misspelt.rows.map((row) => row.itemId)).toContain(kkId);

    const similar = await caller.claim.similar({ id: (await claimOf(db, kkId!))! });
    expect(similar.map((claim) => claim.id)).toContain(await claimOf(db, nearId!));
    expect(similar.map((claim) => claim.id)).not.toContain(await claimOf(db, ruId!));
  });

  it("lists every match with filters, whether the newest items fill the page or not", async () => {
    const { db } = database;
    // 16 items a day apart: the word in every other one, languages (each with a word index of
    // its own, English in the one for the other languages) and sites alternating.
    const items = Array.from({ length: 16 }, (_, index) => {
      const text = index % 2 === 0 ? `Су тасқыны туралы хабар ${index}` : `Ауа райы туралы хабар ${index}`;
      return {
        id: crypto.randomUUID(),
        kind: "post" as const,
        site: index % 3 === 0 ? "aikyn.kz" : "qazaq24.com",
        lang: index % 4 === 0 ? "ru" : index % 8 === 2 ? "en" : "kk",
        text,
        searchText: searchText(text),
        publishedAt: new Date(Date.UTC(2026, 3, 1 + index)),
        contentHash: `search-walk-${index}-${Math.random()}`,
      };
    });
    await db.item.createMany({ data: items });
    const newestFirst = (keep: (index: number) => boolean) =>
      items.flatMap((item, index) => (index % 2 === 0 && keep(index) ? [item.id] : [])).reverse();
    const cases: { input: TSearchInput; expected: string[] }[] = [
      { input: { q: "тасқыны" }, expected: newestFirst(() => true) },
      { input: { q: "тасқыны", lang: ["kk"] }, expected: newestFirst((index) => index % 4 !== 0 && index % 8 !== 2) },
      {
        input: { q: "тасқыны", lang: ["en", "ru"] },
        expected: newestFirst((index) => index % 4 === 0 || index % 8 === 2),
      },
      { input: { q: "тасқыны", site: "aikyn.kz" }, expected: newestFirst((index) => index % 3 === 0) },
      {
        input: { q: "тасқыны", from: "2026-04-04T00:00:00Z", to: "2026-04-12T00:00:00Z" },
        expected: newestFirst((index) => index >= 3 && index < 11),
      },
    ];
    // 2 newest items: pages come from the indexes; 6: the first page fills among them; 1500: all do.
    for (const { input, expected } of cases) {
      for (const recentItems of [2, 6, 1500]) expect(await everyHit(db, input, recentItems)).toEqual(expected);
    }
  });

  it("keeps the pending list of every GIN index that searches read short (scans read it whole)", async () => {
    const rows = await database.db.$queryRaw<{ index: string; options: string[] | null }[]>`
      SELECT i.relname AS index, i.reloptions AS options FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_am a ON a.oid = i.relam
      WHERE a.amname = 'gin' AND t.relname IN ('Item', 'Claim', 'ItemFingerprint', 'TitleWord')`;
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((row) => !row.options?.includes("gin_pending_list_limit=256")).map((row) => row.index)).toEqual(
      [],
    );
  });
});
