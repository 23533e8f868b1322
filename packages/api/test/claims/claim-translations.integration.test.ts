import { describe, expect, it } from "vitest";
import { claimOf, ingestDocument, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";

// A regional story in Kazakh, its Russian translation on another outlet's page (no hreflang
// link between them), and the same Russian template six months on with other figures.
const GAS_KK =
  "Ақтөбе облысында 2026 жылғы 1 ақпаннан бастап сұйытылған газдың бағасы 15%-ға өседі. Бұл туралы облыс әкімдігі хабарлады. " +
  "Энергетика басқармасының басшысы Асқар Жұмабаевтың айтуынша, бір литр газдың бағасы 95 теңгеге жетеді. " +
  "Әкімдік бағаның өсуін зауыттағы жөндеу жұмыстарымен түсіндірді.";
const GAS_RU =
  "С 1 февраля 2026 года в Актюбинской области цена на сжиженный газ вырастет на 15%. Об этом сообщили в акимате области. " +
  "По словам руководителя управления энергетики Аскара Жумабаева, литр газа будет стоить 95 тенге. " +
  "В акимате объяснили рост цены ремонтом на заводе.";
const GAS_RU_LATER =
  "С 1 августа 2026 года в Актюбинской области цена на сжиженный газ вырастет на 8%. Об этом сообщили в акимате области. " +
  "По словам руководителя управления энергетики Аскара Жумабаева, литр газа будет стоить 88 тенге. " +
  "В акимате объяснили рост цены ремонтом на заводе.";

const kazakh = () =>
  parsedItem({
    kind: "article",
    site: "aqtobe-times.kz",
    lang: "kk",
    title: "Ақтөбе облысында сұйытылған газ 15%-ға қымбаттайды",
    text: GAS_KK,
    publishedAt: "2026-01-20T05:00:00.000Z",
  });
const russian = () =>
  parsedItem({
    kind: "article",
    site: "tengrinews.kz",
    lang: "ru",
    title: "В Актюбинской области сжиженный газ подорожает на 15%",
    text: GAS_RU,
    publishedAt: "2026-01-20T09:30:00.000Z",
  });

// Each scenario on a database of its own: the stories repeat, and a copy in the same language
// would join through near-duplicate matching whatever the translation rule does.
describe("[CLAIMS][TRANSLATION] a kk↔ru translation joins its claim as a language version", () => {
  const database = useTestDatabase();

  it("joins the Russian translation of a stored Kazakh story, on another site and with no hreflang link", async () => {
    const { db } = database;
    const [kazakhId] = await ingestItems(db, kazakh());
    const [russianId] = await ingestItems(db, russian());
    const claimId = await claimOf(db, kazakhId!);
    expect(claimId).not.toBeNull();
    expect(await claimOf(db, russianId!)).toBe(claimId);

    const { caller } = await loggedIn(db, "reviewer");
    const view = await caller.claim.appearances({ id: claimId! });
    expect(view.byLang).toEqual([
      { lang: "kk", count: 1 },
      { lang: "ru", count: 1 },
    ]);
  });
});

describe("[CLAIMS][TRANSLATION] a Kazakh translation of a stored Russian story", () => {
  const database = useTestDatabase();

  it("joins a Kazakh translation arriving after the stored Russian story", async () => {
    const { db } = database;
    const [russianId] = await ingestItems(db, russian());
    const [kazakhId] = await ingestItems(db, kazakh());
    expect(await claimOf(db, kazakhId!)).toBe(await claimOf(db, russianId!));
  });
});

describe("[CLAIMS][TRANSLATION] both languages in one document", () => {
  const database = useTestDatabase();

  it("joins the Russian item to the claim the Kazakh item of the same feed started", async () => {
    const { db } = database;
    const [kazakhId, russianId] = await ingestDocument(db, kazakh(), russian());
    expect(await claimOf(db, kazakhId!)).not.toBeNull();
    expect(await claimOf(db, russianId!)).toBe(await claimOf(db, kazakhId!));
  });
});

describe("[CLAIMS][TRANSLATION] the same template with other figures", () => {
  const database = useTestDatabase();

  it("keeps the same template with other figures apart, and offers it as a ranked suggestion", async () => {
    const { db } = database;
    const [kazakhId, laterId] = await ingestItems(
      db,
      kazakh(),
      parsedItem({
        kind: "article",
        site: "kursiv.media",
        lang: "ru",
        title: "В Актюбинской области сжиженный газ подорожает на 8%",
        text: GAS_RU_LATER,
        publishedAt: "2026-01-24T09:00:00.000Z",
      }),
    );
    const claimId = await claimOf(db, kazakhId!);
    const laterClaimId = await claimOf(db, laterId!);
    expect(laterClaimId).not.toBeNull();
    expect(laterClaimId).not.toBe(claimId);

    const { caller } = await loggedIn(db, "editor");
    const similar = await caller.claim.similar({ id: claimId! });
    const suggestion = similar.find((claim) => claim.id === laterClaimId);
    expect(suggestion).toMatchObject({ lang: "ru" });
    // Ranked by the translation evidence: most of the words and names, none of the figures.
    expect(suggestion!.similarity).toBeGreaterThan(0.5);
    expect(suggestion!.similarity).toBeLessThan(1);
  });
});

// The lookup reads the stored items' anchors by language and week (weeks begin on Thursdays,
// 00:00 UTC): a translation days later, in the next week, is still found; one past the window is not.
describe.each([
  { when: "six days later, in the next week", publishedAt: "2026-01-26T09:30:00.000Z", joins: true },
  { when: "eight days later, past the window", publishedAt: "2026-01-28T09:30:00.000Z", joins: false },
])("[CLAIMS][TRANSLATION] a translation $when", ({ publishedAt, joins }) => {
  const database = useTestDatabase();

  it(joins ? "joins the stored story's claim" : "starts a claim of its own", async () => {
    const { db } = database;
    const [kazakhId] = await ingestItems(db, kazakh());
    const [russianId] = await ingestItems(db, { ...russian(), publishedAt });
    expect((await claimOf(db, russianId!)) === (await claimOf(db, kazakhId!))).toBe(joins);
  });
});
