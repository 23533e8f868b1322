import { describe, expect, it } from "vitest";
import { claimOf, ingestItems, parsedItem, PENSION_ARTICLE, PENSION_LATIN, PENSION_NEAR_MISS } from "../../test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";

const BREAD_ARTICLE =
  "Қарағандыда нан бағасы екі есе қымбаттайды деген хабар шындыққа сәйкес келмейді. Облыстық кәсіпкерлік басқармасының " +
  "айтуынша, әлеуметтік маңызы бар азық-түлік тауарларының бағасы бақылауда. Тұрақтандыру қорынан нан зауыттарына ұн " +
  "жеңілдетілген бағамен беріліп жатыр.";

describe("[CLAIMS][CLUSTERING] items join claims as they are ingested", () => {
  const database = useTestDatabase();

  it("clusters an aggregator copy, a repost and a Latin-script copy; keeps a near miss apart", async () => {
    const { db } = database;
    const [copyId, originId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        title: "Зейнет жасы көтерілмейді",
        text: `QAZAQ24.COM | Жаңалықтар\naikyn.kz парақшасындағы деректерге сәйкес, ${PENSION_ARTICLE}\n👁 99\nЖағдайды бақылауды жалғастырыңыз…`,
        originalSource: "aikyn.kz",
        archivedAt: "2026-03-14T09:00:00.000Z",
      }),
      parsedItem({ kind: "article", site: "aikyn.kz", title: "Зейнет жасы көтерілмейді", text: PENSION_ARTICLE, publishedAt: "2026-03-14T06:00:00.000Z" }),
    );
    const [repostId, latinId, nearId, headlineId] = await ingestItems(
      db,
      parsedItem({ site: "t.me/janalyqtar", text: `Мынаны қараңыздар 😱\n${PENSION_ARTICLE}\n#жаңалық`, publishedAt: "2026-03-14T12:00:00.000Z" }),
      parsedItem({ site: "t.me/latyn_habar", text: PENSION_LATIN, publishedAt: "2026-03-15T08:00:00.000Z" }),
      parsedItem({ kind: "article", site: "aikyn.kz", text: PENSION_NEAR_MISS, publishedAt: "2026-03-16T08:00:00.000Z" }),
      parsedItem({ kind: "headline", site: "qazaq24.com", text: "Елордада жаңа саябақ ашылды" }),
    );
    const claimId = await claimOf(db, copyId!);
    expect(claimId).not.toBeNull();
    for (const id of [originId, repostId, latinId]) expect(await claimOf(db, id!)).toBe(claimId);
    expect(await claimOf(db, nearId!)).not.toBe(claimId);
    expect(await claimOf(db, nearId!)).not.toBeNull();
    expect(await claimOf(db, headlineId!)).toBeNull();

    // The copy arrived before its origin: the link is made when the origin comes in.
    const copy = await db.item.findUniqueOrThrow({ where: { id: copyId! }, select: { originalItemId: true, searchText: true } });
    expect(copy.originalItemId).toBe(originId);
    expect(copy.searchText).toContain("zeinet jasi");
    expect(await db.itemBandKey.count({ where: { itemId: copyId! } })).toBe(20);

    const reviewer = await loggedIn(db, "reviewer");
    const view = await reviewer.caller.claim.appearances({ id: claimId! });
    expect(view.appearances.map((item) => item.id)).toEqual([originId, repostId, latinId, copyId]);
    expect(view.firstAppearance).toEqual({ itemId: originId, basis: "published" });
    expect(view.appearances.filter((item) => item.isFirst).map((item) => item.id)).toEqual([originId]);
    expect(view.bySite).toEqual([
      { site: "aikyn.kz", count: 1 },
      { site: "qazaq24.com", count: 1 },
      { site: "t.me/janalyqtar", count: 1 },
      { site: "t.me/latyn_habar", count: 1 },
    ]);
    expect(view.byLang).toEqual([{ lang: "kk", count: 4 }]);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId! }, select: { firstSeenAt: true } });
    expect(claim.firstSeenAt.toISOString()).toBe("2026-03-14T06:00:00.000Z");
  });

  it("falls back to the attributed origin when no appearance carries a publication time", async () => {
    const { db } = database;
    const [copyId, originId] = await ingestItems(
      db,
      parsedItem({ kind: "article", site: "qazaq24.com", text: `Басты бет\n${BREAD_ARTICLE}`, originalSource: "https://www.Aikyn.kz/news/1" }),
      parsedItem({ kind: "article", site: "aikyn.kz", text: BREAD_ARTICLE }),
    );
    const reviewer = await loggedIn(db, "reviewer");
    const view = await reviewer.caller.claim.appearances({ id: (await claimOf(db, copyId!))! });
    expect(view.firstAppearance).toEqual({ itemId: originId, basis: "attributed-origin" });
  });
});
