import { describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

const KAZAKH_TEXT =
  "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Жапония премьер-министрін қабылдады. Тараптар 2025 жылы " +
  "1500 қазақстандық студентке грант бөлу туралы келісімге қол қойды. Кездесу барысында энергетика мен " +
  "көлік саласындағы ынтымақтастық талқыланды.";
const RUSSIAN_TEXT =
  "Глава государства Касым-Жомарт Токаев принял в Акорде премьер-министра Японии. Стороны подписали " +
  "соглашение о выделении в 2025 году 1500 грантов казахстанским студентам. На встрече обсуждалось " +
  "сотрудничество в энергетике и транспорте.";

describe("[CLAIMS][SIMILAR] similar claims, translations among them", () => {
  const database = useTestDatabase();

  it("ranks a claim's translation (same names and numbers, another language, the same week) first", async () => {
    const { db } = database;
    const [kazakhId, russianId, otherId, laterId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: "Тоқаев Ақордада 1500 грант туралы келісімге қол қойды",
        text: KAZAKH_TEXT,
        publishedAt: "2026-04-02T06:00:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "tengrinews.kz",
        lang: "ru",
        title: "Токаев в Акорде подписал соглашение о 1500 грантах",
        text: RUSSIAN_TEXT,
        publishedAt: "2026-04-02T09:00:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "tengrinews.kz",
        lang: "ru",
        title: "Токаев провёл совещание по паводкам",
        text: "Президент Токаев провёл совещание по паводкам в Северо-Казахстанской области и поручил ускорить выплаты пострадавшим.",
        publishedAt: "2026-04-03T06:00:00.000Z",
      }),
      parsedItem({
        kind: "article",
        site: "kursiv.media",
        lang: "ru",
        title: "Токаев в Акорде вручил 1500 грантов молодым учёным",
        text: "Касым-Жомарт Токаев вручил в Акорде 1500 грантов на 2025 год победителям конкурса молодых учёных.",
        publishedAt: "2026-06-10T06:00:00.000Z",
      }),
    );
    // The translation joins the Kazakh claim as its language version…
    expect(await claimOf(db, russianId!)).toBe(await claimOf(db, kazakhId!));
    // …and a person who disagrees splits it off: it is then offered as a similar claim.
    const reviewer = await loggedIn(db, "reviewer");
    await reviewer.caller.claim.split({ itemId: russianId!, reason: "a separate Russian report" });
    const { caller } = await loggedIn(db, "editor");
    const claims = await Promise.all([kazakhId, russianId, otherId, laterId].map((id) => claimOf(db, id!)));
    expect(new Set(claims).size).toBe(4);
    const [kazakh, russian, other, later] = claims;

    // Every name and number of the title found ("Тоқаев"/"Токаев", "Ақордада"/"Акорде", 1500).
    const similar = await caller.claim.similar({ id: kazakh! });
    expect(similar[0]).toMatchObject({ id: russian, lang: "ru", similarity: 1 });
    // Sharing title words ("Токаев"), but one name, or two months later: far below.
    for (const id of [other, later])
      expect(similar.find((claim) => claim.id === id)?.similarity ?? 0).toBeLessThan(0.5);
    // From the Russian side too.
    expect((await caller.claim.similar({ id: russian! }))[0]).toMatchObject({ id: kazakh, similarity: 1 });
  });
});
