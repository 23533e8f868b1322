import { describe, expect, it } from "vitest";
import {
  claimOf,
  ingestDocument,
  ingestItems,
  parsedItem,
  PENSION_ARTICLE,
  PENSION_LATIN,
  PENSION_NEAR_MISS,
} from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { currentClaimContent } from "@tekser/domain/publish/claim-content.ts";

const BREAD_ARTICLE =
  "Қарағандыда нан бағасы екі есе қымбаттайды деген хабар шындыққа сәйкес келмейді. Облыстық кәсіпкерлік басқармасының " +
  "айтуынша, әлеуметтік маңызы бар азық-түлік тауарларының бағасы бақылауда. Тұрақтандыру қорынан нан зауыттарына ұн " +
  "жеңілдетілген бағамен беріліп жатыр.";

const BRIDGE_ARTICLE =
  "Шымкентте Бадам өзені арқылы өтетін көпір жабылады деген ақпарат тарады. Қалалық жолаушылар көлігі бөлімінің " +
  "мәліметінше, көпірде тек жоспарлы жөндеу жүріп жатыр, қозғалыс бір жолақпен ашық қалады. Жұмыстар сәуір айының " +
  "соңына дейін аяқталады деп күтілуде.";

const WATER_ARTICLE =
  "В Алматы с понедельника на целый месяц отключат горячую воду во всех районах, сообщают несколько Telegram-каналов. " +
  "В пресс-службе городского энергетического предприятия эту информацию опровергли и пояснили, что плановые отключения " +
  "проходят по графику и касаются только отдельных домов. График опубликован на официальном сайте предприятия.";
const WATER_NEAR_MISS =
  "В Бостандыкском районе Алматы начинаются плановые работы на теплотрассах, сообщила пресс-служба энергетического " +
  "предприятия. Жителей двенадцати домов просят заранее запастись водой: работы продлятся три дня, после чего подачу " +
  "горячей воды восстановят. Список адресов размещён в приложении городского акимата.";

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
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        title: "Зейнет жасы көтерілмейді",
        text: PENSION_ARTICLE,
        publishedAt: "2026-03-14T06:00:00.000Z",
      }),
    );
    const [repostId, latinId, nearId, headlineId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/janalyqtar",
        text: `Мынаны қараңыздар 😱\n${PENSION_ARTICLE}\n#жаңалық`,
        publishedAt: "2026-03-14T12:00:00.000Z",
      }),
      parsedItem({ site: "t.me/latyn_habar", text: PENSION_LATIN, publishedAt: "2026-03-15T08:00:00.000Z" }),
      parsedItem({
        kind: "article",
        site: "aikyn.kz",
        text: PENSION_NEAR_MISS,
        publishedAt: "2026-03-16T08:00:00.000Z",
      }),
      parsedItem({ kind: "headline", site: "qazaq24.com", text: "Елордада жаңа саябақ ашылды" }),
    );
    const claimId = await claimOf(db, copyId!);
    expect(claimId).not.toBeNull();
    for (const id of [originId, repostId, latinId]) expect(await claimOf(db, id!)).toBe(claimId);
    expect(await claimOf(db, nearId!)).not.toBe(claimId);
    expect(await claimOf(db, nearId!)).not.toBeNull();
    expect(await claimOf(db, headlineId!)).toBeNull();
    // Each automatic placement is in the audit log with the document that brought it.
    const placements = (
      await db.auditEvent.findMany({ where: { action: "ingest.document" }, select: { after: true } })
    ).flatMap((event) => (event.after as { placements: { item: string; claim: string | null }[] }).placements);
    expect(placements).toEqual(
      expect.arrayContaining([
        { item: repostId, claim: claimId },
        { item: latinId, claim: claimId },
        { item: headlineId, claim: null },
      ]),
    );

    // The copy arrived before its origin: the link is made when the origin comes in.
    const copy = await db.item.findUniqueOrThrow({
      where: { id: copyId! },
      select: { originalItemId: true, searchText: true },
    });
    expect(copy.originalItemId).toBe(originId);
    expect(copy.searchText).toContain("zeinet jasi");
    const bandsOf = async (itemId: string) =>
      (await db.itemFingerprint.findUniqueOrThrow({ where: { itemId }, select: { bands: true } })).bands;
    expect(await bandsOf(copyId!)).toHaveLength(20);
    // An item in no claim can be no one's candidate, so it keeps no band keys.
    expect(await bandsOf(headlineId!)).toEqual([]);

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

  it("moves a stored claim's first sighting back when a copy published earlier arrives later", async () => {
    const { db } = database;
    const [laterId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/qala_news",
        text: `Қараңыз!\n${BRIDGE_ARTICLE}`,
        publishedAt: "2026-04-02T10:00:00.000Z",
      }),
    );
    const claimId = (await claimOf(db, laterId!))!;
    const before = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { firstSeenAt: true, updatedAt: true },
    });
    expect(before.firstSeenAt.toISOString()).toBe("2026-04-02T10:00:00.000Z");
    const [earlierId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/qaragandy",
        text: `${BRIDGE_ARTICLE}\n#жаңалық`,
        publishedAt: "2026-04-01T07:30:00.000Z",
      }),
    );
    expect(await claimOf(db, earlierId!)).toBe(claimId);
    const after = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { firstSeenAt: true, updatedAt: true, itemCount: true },
    });
    expect(after.firstSeenAt.toISOString()).toBe("2026-04-01T07:30:00.000Z");
    expect(after.itemCount).toBe(2);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // A later copy leaves it alone.
    await ingestItems(
      db,
      parsedItem({
        site: "t.me/kz_habar",
        text: `${BRIDGE_ARTICLE}\nТолығырақ: t.me/kz_habar`,
        publishedAt: "2026-04-05T07:30:00.000Z",
      }),
    );
    const last = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { firstSeenAt: true, itemCount: true },
    });
    expect(last).toEqual({ firstSeenAt: after.firstSeenAt, itemCount: 3 });
  });

  it("falls back to the attributed origin when no appearance carries a publication time", async () => {
    const { db } = database;
    const [copyId, originId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        text: `Басты бет\n${BREAD_ARTICLE}`,
        originalSource: "https://www.Aikyn.kz/news/1",
      }),
      parsedItem({ kind: "article", site: "aikyn.kz", text: BREAD_ARTICLE }),
    );
    const reviewer = await loggedIn(db, "reviewer");
    const claimId = (await claimOf(db, copyId!))!;
    const view = await reviewer.caller.claim.appearances({ id: claimId });
    expect(view.firstAppearance).toEqual({ itemId: originId, basis: "attributed-origin" });

    // A notice about the claim names the same first appearance as the claim page.
    await db.review.create({
      data: {
        claimId,
        authorId: reviewer.user.id,
        verdict: "fake",
        rationale: "No such price rise",
        status: "approved",
        decidedAt: new Date(),
      },
    });
    const { content } = await db.$transaction((tx) => currentClaimContent(tx, claimId));
    expect(content.firstAppearance?.site).toBe("aikyn.kz");
    expect(content.appearances.map((appearance) => appearance.site).sort()).toEqual(["aikyn.kz", "qazaq24.com"]);
  });

  it("links attributions across inputs: a stored copy to a later origin, a later copy to the stored origin", async () => {
    const { db } = database;
    const [firstCopyId] = await ingestItems(
      db,
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        text: `Басты бет\n${BREAD_ARTICLE}`,
        originalSource: "aikyn.kz",
      }),
    );
    const [originId] = await ingestItems(
      db,
      parsedItem({ kind: "article", site: "www.aikyn.kz", text: BREAD_ARTICLE }),
    );
    const [laterCopyId, secondCopyId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/janalyqtar",
        text: `Оқыңыз!\n${BREAD_ARTICLE}`,
        originalSource: "https://aikyn.kz/news/1",
      }),
      parsedItem({ site: "t.me/basqa", text: `${BREAD_ARTICLE}\nЖазылыңыз`, originalSource: "Aikyn.kz" }),
    );
    const claimId = await claimOf(db, originId!);
    const items = await db.item.findMany({ where: { claimId: claimId! }, select: { id: true, originalItemId: true } });
    expect(new Map(items.map((item) => [item.id, item.originalItemId]))).toEqual(
      new Map([
        [firstCopyId, originId],
        [originId, null],
        [laterCopyId, originId],
        [secondCopyId, originId],
      ]),
    );
  });

  it("clusters the items of one input in document order, as if they had come one by one", async () => {
    const { db } = database;
    const before = { claims: await db.claim.count(), fingerprints: await db.itemFingerprint.count() };
    const [copyId, originId, repostId, nearId, headlineId, headlineCopyId] = await ingestDocument(
      db,
      parsedItem({
        kind: "article",
        site: "qazaq24.com",
        text: `QAZAQ24.COM | Новости\n${WATER_ARTICLE}`,
        originalSource: "vecher.kz",
        archivedAt: "2026-03-14T09:00:00.000Z",
      }),
      parsedItem({ kind: "article", site: "vecher.kz", text: WATER_ARTICLE, publishedAt: "2026-03-14T06:00:00.000Z" }),
      parsedItem({
        site: "t.me/almaty_news",
        text: `Вот это да 😱\n${WATER_ARTICLE}`,
        originalSource: "Vecher.kz",
        publishedAt: "2026-03-14T12:00:00.000Z",
      }),
      parsedItem({ kind: "article", site: "vecher.kz", text: WATER_NEAR_MISS }),
      parsedItem({ kind: "headline", site: "qazaq24.com", text: "В Астане открылся новый парк" }),
      parsedItem({ kind: "headline", site: "qazaq24.com", text: WATER_ARTICLE.split(". ")[0]! }),
    );
    const claimId = await claimOf(db, copyId!);
    for (const id of [originId, repostId, headlineCopyId]) expect(await claimOf(db, id!)).toBe(claimId);
    const nearClaim = await claimOf(db, nearId!);
    expect([typeof nearClaim, nearClaim === claimId]).toEqual(["string", false]);
    expect(await claimOf(db, headlineId!)).toBeNull();
    const links = await db.item.findMany({
      where: { id: { in: [copyId!, originId!, repostId!] } },
      select: { id: true, originalItemId: true },
    });
    expect(new Map(links.map((item) => [item.id, item.originalItemId]))).toEqual(
      new Map([
        [copyId, originId],
        [originId, null],
        [repostId, originId],
      ]),
    );
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId! }, select: { firstSeenAt: true } });
    expect(claim.firstSeenAt.toISOString()).toBe("2026-03-14T06:00:00.000Z");
    expect(await db.claim.count()).toBe(before.claims + 2);
    expect(await db.itemFingerprint.count()).toBe(before.fingerprints + 6);
  });
});
