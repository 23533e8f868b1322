import { searchText } from "@tekser/claims";
import { Prisma, type Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

async function vocabulary(db: Db, words: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ word: string }[]>(
    Prisma.sql`SELECT "word" FROM "TitleWord" WHERE "word" = ANY(${words}::text[]) ORDER BY "word"`,
  );
  return rows.map((row) => row.word);
}

describe("[CLAIMS][SEARCH] did you mean: misspelt words corrected from the words of claim titles", () => {
  const database = useTestDatabase();

  it("reports the corrected query and applies every filter to its results", async () => {
    const { db } = database;
    // Two stories (two claims) with "тасқын" and "тұрғындар" in their titles, and a Russian one.
    const [aikynId, qazaqId, ruId] = await ingestItems(
      db,
      parsedItem({
        site: "aikyn.kz",
        title: "Тасқын су ауылды басты, тұрғындар көшірілді",
        text: "Тасқын су ауылды басты, тұрғындар көшірілді. Құтқарушылар түні бойы жұмыс істеді.",
        publishedAt: "2026-04-02T06:00:00.000Z",
      }),
      parsedItem({
        site: "qazaq24.com",
        title: "Өзен арнасынан асты: су тасқынынан тұрғындар зардап шекті",
        text: "Өзен арнасынан асты: су тасқынынан тұрғындар зардап шекті. Облыс әкімі көмек уәде етті.",
        publishedAt: "2026-04-05T06:00:00.000Z",
      }),
      parsedItem({
        site: "t.me/novosti",
        lang: "ru",
        title: "Паводок: тасқын в селе",
        text: "Паводок затопил село, тасқын пришёл ночью.",
        publishedAt: "2026-04-08T06:00:00.000Z",
      }),
    );
    const { caller } = await loggedIn(db, "auditor");

    // Spelt right: no correction is reported.
    const right = await caller.claim.search({ q: "тасқын" });
    expect(right.rows.map((row) => row.itemId)).toEqual([ruId, qazaqId, aikynId]);
    expect(right.correctedQuery).toBeUndefined();

    // One wrong letter.
    const typo = await caller.claim.search({ q: "тасқан" });
    expect(typo.correctedQuery).toBe(searchText("тасқын"));
    expect(typo.rows.map((row) => row.itemId)).toEqual([ruId, qazaqId, aikynId]);
    // Informal Latin spells ғ as gh, which normalisation folds like ғ: found without a correction.
    const latin = await caller.claim.search({ q: "tasqyn su turghyndar" });
    expect(latin.correctedQuery).toBeUndefined();
    expect(latin.rows.map((row) => row.itemId)).toEqual([qazaqId, aikynId]);
    const latinTypo = await caller.claim.search({ q: "tasqan su turghyndar" });
    expect(latinTypo.correctedQuery).toBe(searchText("тасқын су тұрғындар"));
    expect(latinTypo.rows.map((row) => row.itemId)).toEqual([qazaqId, aikynId]);

    // The corrected query runs with the filters, as a search spelt right does.
    expect((await caller.claim.search({ q: "тасқан", site: "aikyn.kz" })).rows.map((row) => row.itemId)).toEqual([
      aikynId,
    ]);
    expect((await caller.claim.search({ q: "тасқан", lang: ["ru"] })).rows.map((row) => row.itemId)).toEqual([ruId]);
    expect(
      (await caller.claim.search({ q: "тасқан", from: "2026-04-03T00:00:00Z", to: "2026-04-06T00:00:00Z" })).rows.map(
        (row) => row.itemId,
      ),
    ).toEqual([qazaqId]);
    await db.claim.update({
      where: { id: (await claimOf(db, aikynId!))! },
      data: { verdict: "fake", status: "decided" },
    });
    const judged = await caller.claim.search({ q: "тасқан", verdict: ["fake"] });
    expect(judged.rows.map((row) => row.itemId)).toEqual([aikynId]);
    expect(judged.correctedQuery).toBe(searchText("тасқын"));
    // Nothing under the filters even corrected: no results, and no correction claimed.
    const none = await caller.claim.search({ q: "тасқан", site: "nowhere.kz" });
    expect(none).toEqual({ rows: [], hasMore: false });
    // A word near no title word is not corrected.
    expect(await caller.claim.search({ q: "бжқхщ" })).toEqual({ rows: [], hasMore: false });
  });

  it("keeps the vocabulary as claims are inserted many to a statement and retitled", async () => {
    const { db } = database;
    const titles = ["Жаңа көпір ашылды", "Бағдаршам сынды", "Көпір жабылды"];
    await db.$executeRaw(Prisma.sql`
      INSERT INTO "Claim" ("id", "title", "searchTitle", "lang", "firstSeenAt", "updatedAt")
      SELECT gen_random_uuid(), t.title, t.search_title, 'kk', now(), now()
      FROM unnest(${titles}::text[], ${titles.map((title) => searchText(title))}::text[]) AS t(title, search_title)`);
    const words = [...new Set(titles.flatMap((title) => searchText(title).split(" ")))].sort();
    expect(await vocabulary(db, words)).toEqual(words);

    const claim = await db.claim.findFirstOrThrow({ where: { title: "Бағдаршам сынды" }, select: { id: true } });
    const retitled = searchText("Бағдаршам жөнделді");
    await db.claim.update({ where: { id: claim.id }, data: { title: "Бағдаршам жөнделді", searchTitle: retitled } });
    expect(await vocabulary(db, retitled.split(" "))).toEqual(retitled.split(" ").sort());
    // Other changes to a claim leave the vocabulary as it was.
    const before = await db.titleWord.count();
    await db.claim.update({ where: { id: claim.id }, data: { priority: 1 } });
    expect(await db.titleWord.count()).toBe(before);
  });
});
