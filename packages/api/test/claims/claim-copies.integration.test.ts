import { describe, expect, it } from "vitest";
import { claimOf } from "@tekser/domain/test/claim-items.ts";
import {
  NEAR_MISS_PARAGRAPHS,
  PENSION_INFORMAL_LATIN_LEAD,
  PENSION_LATIN_PARAGRAPHS,
  PENSION_PARAGRAPHS,
  PENSION_TITLE,
  PENSION_URL,
  articlePage,
  channelPost,
  channelWebPreview,
} from "@tekser/domain/test/copy-documents.ts";
import { loggedIn, useTestDatabase } from "../harness.ts";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";

/** Ingests documents one by one, as they arrive, and returns the id of the item each stored. */
async function ingestEach(db: Parameters<typeof ingestInputs>[0], ...inputs: IngestInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const input of inputs) {
    const report = await ingestInputs(db, SYSTEM_ACTOR, "cli", [input], {
      fetchedAt: new Date("2026-03-16T10:00:00Z"),
    });
    const [item] = report.items;
    if (!item || report.items.length !== 1) throw new Error(`${input.name} stored ${report.items.length} items`);
    ids.push(item.id);
  }
  return ids;
}

describe("[CLAIMS][CLUSTERING] copies as they really look join their original's claim", () => {
  const database = useTestDatabase();

  it("joins an aggregator copy, a Telegram excerpt under a comment with a read-more link, and Latin-script excerpts; keeps a same-topic claim apart", async () => {
    const { db } = database;
    const [originalId, aggregatorId, excerptId, latinId, informalId, nearMissId] = await ingestEach(
      db,
      articlePage({
        url: PENSION_URL,
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: PENSION_PARAGRAPHS,
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
      articlePage({
        url: "https://qazaq24.com/kk/news/zeinet-jasy-88213",
        site: "qazaq24.com",
        title: PENSION_TITLE,
        lead: `aikyn.kz парақшасындағы деректерге сәйкес, ${PENSION_PARAGRAPHS[0]}`,
        paragraphs: PENSION_PARAGRAPHS.slice(1),
      }),
      channelPost(
        "janalyqtar",
        4512,
        `Тағы бір фейк пе, әлде шындық па? Оқып көріңіздер 👇\n\n${PENSION_PARAGRAPHS[0]}\n\nТолығырақ: https://m.aikyn.kz/2026/03/14/zeinet-jasy-koterilmeidi.html?utm_source=telegram&utm_medium=social`,
        "2026-03-14T09:30:00Z",
      ),
      channelPost("latyn_habar", 77, PENSION_LATIN_PARAGRAPHS.join("\n\n"), "2026-03-15T08:00:00Z"),
      channelPost(
        "qazaq_online",
        3120,
        `Mine, resmi zhauap 👇\n${PENSION_INFORMAL_LATIN_LEAD}`,
        "2026-03-15T09:00:00Z",
      ),
      articlePage({
        url: "https://aikyn.kz/2026/03/15/zeinetaqy-osedi.html",
        site: "aikyn.kz",
        title: "Ең төменгі зейнетақы 12 пайызға өседі",
        paragraphs: NEAR_MISS_PARAGRAPHS,
        publishedAt: "2026-03-15T06:00:00+05:00",
      }),
    );
    const claimId = await claimOf(db, originalId!);
    expect(claimId).not.toBeNull();
    const copies = { aggregator: aggregatorId, excerpt: excerptId, latin: latinId, informalLatinExcerpt: informalId };
    const claims = Object.fromEntries(
      await Promise.all(Object.entries(copies).map(async ([kind, id]) => [kind, await claimOf(db, id!)])),
    );
    expect(claims).toEqual({ aggregator: claimId, excerpt: claimId, latin: claimId, informalLatinExcerpt: claimId });
    expect(await claimOf(db, nearMissId!)).not.toBe(claimId);
  });

  it("joins a post that arrived before the article it quotes once the article comes in, through its link", async () => {
    const { db } = database;
    const [postId, articleId] = await ingestEach(
      db,
      channelPost(
        "habar_kz",
        901,
        `Министрлік не дейді? Міне ресми жауап:\n\n${PENSION_PARAGRAPHS[2]}\n\nhttps://www.aikyn.kz/amp/2026/03/14/zeinet-jasy-koterilmeidi.html`,
        "2026-03-14T07:00:00Z",
      ),
      articlePage({
        url: PENSION_URL,
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: PENSION_PARAGRAPHS,
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
    );
    expect(await claimOf(db, articleId!)).toBe(await claimOf(db, postId!));
  });

  it("joins a post quoting a paragraph deep inside a long article, without a link, once the article comes in", async () => {
    const { db } = database;
    // Paragraphs after the four of the article's start: the quoted one is past the anchors a long
    // text looks up all of, so only the one-in-three lookup of the rest can find the post.
    const later = [
      "Министрлік деректеріне қарағанда, қазір елімізде екі миллион үш жүз мыңнан астам зейнеткер бар, олардың басым бөлігі әйелдер. Биыл зейнетақы төлемдеріне республикалық бюджеттен бес триллион теңгеден астам қаржы қарастырылған.",
      "Сарапшылар зейнет жасын кезең-кезеңімен ұлғайту еңбек нарығына бейімделуге уақыт беретінін айтады. Олардың пікірінше, кенет өзгеріс жұмыс берушілер мен қызметкерлерге қиындық тудырар еді.",
      "Әлеуметтік желілерде таралған жалған хабарламада Үкімет отырысының хаттамасы деп аталатын құжаттың суреті де болған. Министрлік бұл құжаттың жасанды екенін және ондай отырыс өтпегенін атап өтті.",
      "Мәжіліс депутаты Ерлан Сайыров зейнет жасына қатысты кез келген түзету алдымен парламентте ашық талқыланатынын, жасырын шешім қабылдау мүмкін емес екенін айтты. Депутат азаматтарды дүрбелеңге берілмеуге шақырды.",
      "Кеңес орталықтары жұма сайын тегін консультация өткізеді: Астана, Алматы және Шымкент қалаларында зейнетақы аударымдары мен жинақтар бойынша сұрақтарға мамандар жауап береді.",
    ];
    const [postId, articleId] = await ingestEach(
      db,
      channelPost("depytat_sozi", 3310, `Депутат не деді? Маңызды 👇\n\n${later[3]}`, "2026-03-14T08:00:00Z"),
      articlePage({
        url: "https://aikyn.kz/2026/03/14/zeinet-jasy-tolyq.html",
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: [...PENSION_PARAGRAPHS, ...later],
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
    );
    expect(await claimOf(db, articleId!)).toBe(await claimOf(db, postId!));
  });

  it("places each post of a channel's saved web preview on its own: a forwarded excerpt with the article's card joins it, another story does not", async () => {
    const { db } = database;
    const [articleId] = await ingestEach(
      db,
      articlePage({
        url: PENSION_URL,
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: PENSION_PARAGRAPHS,
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
    );
    const report = await ingestInputs(
      db,
      SYSTEM_ACTOR,
      "cli",
      [
        channelWebPreview("qazaq_habar_24", [
          {
            id: 700,
            text: "Ертең Астанада қатты жел тұрып, боран болады деп күтілуде. Синоптиктер жүргізушілерді сақ болуға шақырды.",
            date: "2026-03-14T08:00:00+00:00",
          },
          {
            id: 701,
            text: `Міне, ресми жауап 👇\n${PENSION_PARAGRAPHS[1]}`,
            date: "2026-03-14T09:00:00+00:00",
            forwardedFrom: "aikyn_kz/5512",
            preview: { url: PENSION_URL, title: PENSION_TITLE, description: PENSION_PARAGRAPHS[0] ?? "" },
          },
        ]),
      ],
      { fetchedAt: new Date("2026-03-16T10:00:00Z") },
    );
    expect(report.items.map((item) => item.url)).toEqual([
      "https://t.me/qazaq_habar_24/700",
      "https://t.me/qazaq_habar_24/701",
    ]);
    const [weather, excerpt] = report.items;
    const claimId = await claimOf(db, articleId!);
    expect(await claimOf(db, excerpt!.id)).toBe(claimId);
    expect(await claimOf(db, weather!.id)).not.toBe(claimId);
  });

  it("keeps apart a post that links the article but says something else", async () => {
    const { db } = database;
    const [articleId, postId] = await ingestEach(
      db,
      articlePage({
        url: PENSION_URL,
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: PENSION_PARAGRAPHS,
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
      channelPost(
        "aua_raiy",
        55,
        `Ертең Астанада қатты жел тұрып, боран болады деп күтілуде. Синоптиктер жүргізушілерді сақ болуға шақырды.\n\nОсы аптаның басқа жаңалықтары: ${PENSION_URL}`,
        "2026-03-14T10:00:00Z",
      ),
    );
    expect(await claimOf(db, postId!)).not.toBe(await claimOf(db, articleId!));
  });
});

// Each test's documents are its own (other posts, another page).
const headlinePost = (post: number, mark: string) =>
  channelPost("shuhyl", post, `${mark} ${PENSION_TITLE}`, "2026-03-14T05:00:00Z");
const excerptPost = (post: number, comment: string) =>
  channelPost(
    "janalyqtar",
    post,
    `${comment} 👇\n${PENSION_PARAGRAPHS[1]}\n${PENSION_PARAGRAPHS[2]}`,
    "2026-03-14T05:30:00Z",
  );
const original = (page: string) =>
  articlePage({
    url: `${PENSION_URL}?page=${page}`,
    site: "aikyn.kz",
    title: PENSION_TITLE,
    paragraphs: PENSION_PARAGRAPHS,
    publishedAt: "2026-03-14T06:00:00+05:00",
  });

describe("[CLAIMS][CLUSTERING] copies that arrive before what they copy", () => {
  const database = useTestDatabase();

  it("merges the claims a headline post and an excerpt started once the article both come from arrives, and audits it", async () => {
    const { db } = database;
    const [headlineId, excerptId] = await ingestEach(db, headlinePost(11, "🔴"), excerptPost(12, "Қараңыздар"));
    const [headlineClaim, excerptClaim] = [await claimOf(db, headlineId!), await claimOf(db, excerptId!)];
    expect(headlineClaim).not.toBe(excerptClaim);
    const [originalId] = await ingestEach(db, original("a"));
    const claimId = await claimOf(db, originalId!);
    expect([await claimOf(db, headlineId!), await claimOf(db, excerptId!)]).toEqual([claimId, claimId]);
    const mergedAway = [headlineClaim, excerptClaim].find((id) => id !== claimId)!;
    expect(await db.claim.findUniqueOrThrow({ where: { id: mergedAway } })).toMatchObject({
      mergedIntoId: claimId,
      status: "closed",
    });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "claim.merge", subjectId: claimId! },
        select: { before: true, after: true },
      }),
    ).toEqual({
      before: { source: { id: mergedAway } },
      after: { bridgingItem: originalId },
    });
  });
});

describe("[CLAIMS][CLUSTERING] a digest of two stories", () => {
  const database = useTestDatabase();

  it("joins one of the stories it quotes and merges nothing: it came after both", async () => {
    const { db } = database;
    const [firstId, secondId] = await ingestEach(
      db,
      channelPost("janalyqtar", 31, PENSION_PARAGRAPHS[0]!, "2026-03-14T05:00:00Z"),
      channelPost("janalyqtar", 32, NEAR_MISS_PARAGRAPHS[0]!, "2026-03-15T05:00:00Z"),
    );
    const [digestId] = await ingestEach(
      db,
      channelPost(
        "kun_habary",
        7,
        `Күннің басты жаңалықтары:\n1. ${PENSION_PARAGRAPHS[0]}\n2. ${NEAR_MISS_PARAGRAPHS[0]}`,
        "2026-03-15T18:00:00Z",
      ),
    );
    const [first, second] = [await claimOf(db, firstId!), await claimOf(db, secondId!)];
    expect(first).not.toBe(second);
    expect([first, second]).toContain(await claimOf(db, digestId!));
    expect(await db.claim.count({ where: { id: { in: [first!, second!] }, mergedIntoId: null } })).toBe(2);
  });
});

// Four unrelated stories of one day, each first posted on its own channel.
const DAY_STORIES = [
  PENSION_PARAGRAPHS[0]!,
  "Алматы облысында Іле өзені арқылы өтетін жаңа көпірдің құрылысы аяқталды. Көпірдің ұзындығы 420 метр, оған 6,8 миллиард теңге жұмсалды. Көлік қозғалысы 20 наурыздан ашылады деп күтілуде.",
  "Шымкентте қоғамдық көліктегі жол жүру ақысы 1 сәуірден бастап 150 теңгеден 200 теңгеге дейін көтеріледі. Қала әкімдігі тарифтің өсуін жаңа автобустар сатып алумен түсіндірді.",
  "Ақтөбе облысында көктемгі су тасқынына дайындық басталды. Облыстық төтенше жағдайлар департаменті қауіпті аймақтардағы үш ауылдың тұрғындарын көшіруге дайын екенін хабарлады.",
];

describe("[CLAIMS][CLUSTERING] a roundup of the day's stories", () => {
  const database = useTestDatabase();

  it("joins one of the stories it reprints whole and merges none, though dated only by the day, before them all", async () => {
    const { db } = database;
    const storyIds = await ingestEach(
      db,
      ...DAY_STORIES.map((story, index) =>
        channelPost(`arna_${index}`, 100 + index, story, `2026-03-14T0${5 + index}:00:00Z`),
      ),
    );
    const storyClaims = await Promise.all(storyIds.map((id) => claimOf(db, id)));
    expect(new Set(storyClaims).size).toBe(DAY_STORIES.length);
    const [roundupId] = await ingestEach(
      db,
      articlePage({
        url: "https://kun.kz/2026/03/14/kunnin-basty-janalyqtary.html",
        site: "kun.kz",
        title: "Күннің басты жаңалықтары",
        paragraphs: DAY_STORIES,
        publishedAt: "2026-03-14T00:00:00+05:00",
      }),
    );
    expect(storyClaims).toContain(await claimOf(db, roundupId!));
    expect(await Promise.all(storyIds.map((id) => claimOf(db, id)))).toEqual(storyClaims);
    expect(await db.claim.count({ where: { id: { in: storyClaims as string[] }, mergedIntoId: null } })).toBe(
      DAY_STORIES.length,
    );
  });
});

describe("[CLAIMS][CLUSTERING] a line a page repeats under every paragraph", () => {
  const database = useTestDatabase();
  // A regional portal closes each item of its digest with where its figures come from.
  const SIGN_OFF = "Облыс әкімдігінің баспасөз қызметі ұсынған ресми деректерге сүйене отырып дайындалған материал.";

  it("is the page's boilerplate: a post of that line alone stays apart from the page", async () => {
    const { db } = database;
    const [pageId] = await ingestEach(
      db,
      articlePage({
        url: "https://kun.kz/2026/03/14/oblys-janalyqtary.html",
        site: "kun.kz",
        title: "Облыс жаңалықтары",
        paragraphs: DAY_STORIES.slice(1).map((story) => `${story} ${SIGN_OFF}`),
        publishedAt: "2026-03-14T09:00:00+05:00",
      }),
    );
    const [postId] = await ingestEach(
      db,
      channelPost("arna_akimat", 7, `${SIGN_OFF} Толығырақ кешке.`, "2026-03-14T10:00:00Z"),
    );
    expect(await claimOf(db, postId!)).not.toBe(await claimOf(db, pageId!));
  });
});

describe("[CLAIMS][CLUSTERING] claims the desk has started on", () => {
  const database = useTestDatabase();

  it("never merges away a claim the desk has started on", async () => {
    const { db } = database;
    const [headlineId, excerptId] = await ingestEach(
      db,
      headlinePost(21, "Шұғыл:"),
      excerptPost(22, "Оқып шығыңыздар"),
    );
    const reviewer = await loggedIn(db, "reviewer");
    for (const itemId of [headlineId!, excerptId!])
      await reviewer.caller.workflow.assignToMe({ claimId: (await claimOf(db, itemId))! });
    const [originalId] = await ingestEach(db, original("b"));
    const claims = new Set([
      await claimOf(db, headlineId!),
      await claimOf(db, excerptId!),
      await claimOf(db, originalId!),
    ]);
    expect(claims.size).toBe(2);
  });
});

// One official template published twice, the second time with another count written in words.
const SCHOOLS_TEMPLATE = (count: string) => [
  `Семей қалалық санитариялық-эпидемиологиялық бақылау басқармасы қаладағы ${count} мектепте қызылшаның жеті жағдайы тіркелгенін хабарлады. Ауырған балалардың бесеуі бастауыш сынып оқушылары, екеуі жоғары сыныпта оқиды.`,
  "Басқарма басшысының орынбасары сабақтар он төрт күнге қашықтан өтетінін айтты. «Балалардың көбі үйде емделіп жатыр, тек екеуі ауруханаға жатқызылды», – деді ол.",
  "Науқастармен байланыста болған төрт жүзден астам бала мен қырық мұғалім медициналық бақылауға алынды. Екпе алмаған балаларға жақын арада тегін вакцина салынады.",
];
const CITIES_TEMPLATE = (count: string) => [
  `Управление пассажирского транспорта и автомобильных дорог Карагандинской области сообщило, что в ${count} городах региона начался ямочный ремонт. Работы ведут пятнадцать бригад, которые за неделю должны закрыть более двух тысяч выбоин.`,
  "По словам заместителя руководителя управления, в первую очередь ремонтируют улицы, по которым ходят автобусы. Подрядчики дают гарантию на два года.",
  "На ремонт дорог выделено четыреста двадцать миллионов тенге. Жители могут сообщить о ямах через приложение акимата или по номеру 109.",
];

describe("[CLAIMS][CLUSTERING] templates that differ only by a figure written in words", () => {
  const database = useTestDatabase();
  const kazakh = {
    site: "abai-akshamy.kz",
    title: (count: string) => `Семейде ${count} мектепте қызылша анықталды`,
    paragraphs: SCHOOLS_TEMPLATE,
    publishedAt: "2026-11-18T10:00:00+05:00",
    copy: channelPost(
      "semey_janalyq",
      4120,
      `Ата-аналар, назар аударыңыздар!\n\n${SCHOOLS_TEMPLATE("3").join("\n\n")}`,
      "2026-11-18T08:00:00Z",
    ),
  };
  const russian = {
    site: "inform-karaganda.kz",
    title: (count: string) => `В ${count} городах области начался ямочный ремонт`,
    paragraphs: CITIES_TEMPLATE,
    publishedAt: "2026-05-12T11:00:00+05:00",
    copy: channelPost("karaganda_today", 880, `Наконец-то!\n${CITIES_TEMPLATE("3")[0]}`, "2026-05-12T09:00:00Z"),
  };

  it.each([
    ["«үш мектепте» and «бес мектепте»", "a repost", kazakh, "үш", "бес"],
    ["«в трёх городах» and «в пяти городах»", "an excerpt", russian, "трёх", "пяти"],
  ])("keeps %s apart, and joins %s that writes the figure in digits", async (_pair, _copy, template, three, five) => {
    const { db } = database;
    const page = (count: string, path: string) =>
      articlePage({
        url: `https://${template.site}/2026/${path}`,
        site: template.site,
        title: template.title(count),
        paragraphs: template.paragraphs(count),
        publishedAt: template.publishedAt,
      });
    const [threeId, fiveId, copyId] = await ingestEach(db, page(three, "three"), page(five, "five"), template.copy);
    const threeClaim = await claimOf(db, threeId!);
    expect(threeClaim).not.toBeNull();
    expect(await claimOf(db, fiveId!)).not.toBe(threeClaim);
    expect(await claimOf(db, copyId!)).toBe(threeClaim);
  });
});

describe("[CLAIMS][CLUSTERING] one announcement template, two claims", () => {
  const database = useTestDatabase();
  const fares = (price: string) => [
    "Акимат Караганды сообщил, что с 1 апреля в городских автобусах начнёт работать новая система оплаты проезда по транспортным картам и QR-коду.",
    "Старые бумажные билеты будут действовать до конца месяца, их можно обменять в пунктах продажи на проспекте Бухар-Жырау и улице Ерубаева.",
    `Стоимость одной поездки по карте составит ${price} тенге, для школьников и пенсионеров сохраняется льготный тариф.`,
  ];

  it("keeps the next announcement apart though a post quoting only the paragraph both share, with a bare link to it, came first; the post then follows it", async () => {
    const { db } = database;
    const aprilUrl = "https://ekaraganda.kz/news/proezd-aprel";
    const mayUrl = "https://ekaraganda.kz/news/proezd-mai";
    const [aprilId, repostId, mayId, mayCopyId] = await ingestEach(
      db,
      articlePage({
        url: aprilUrl,
        site: "ekaraganda.kz",
        title: "В Караганде меняется оплата проезда",
        paragraphs: fares("150"),
        publishedAt: "2026-03-20T09:00:00+05:00",
      }),
      channelPost(
        "krg_online",
        5120,
        `Вот это новость 👇\n\n${fares("180")[0]}\n\nПодробнее: ekaraganda.kz/news/proezd-mai`,
        "2026-03-27T10:00:00Z",
      ),
      articlePage({
        url: mayUrl,
        site: "ekaraganda.kz",
        title: "В Караганде меняется оплата проезда",
        paragraphs: fares("180"),
        publishedAt: "2026-03-27T09:00:00+05:00",
      }),
      articlePage({
        url: "https://qazaq24.com/ru/news/karaganda-proezd-55120",
        site: "qazaq24.com",
        title: "В Караганде меняется оплата проезда",
        lead: `По данным сайта Ekaraganda.kz, ${fares("180")[0]}`,
        paragraphs: fares("180").slice(1),
      }),
    );
    const april = await claimOf(db, aprilId!);
    const may = await claimOf(db, mayId!);
    expect(may).not.toBe(april);
    expect(await claimOf(db, mayCopyId!)).toBe(may);
    expect(await claimOf(db, repostId!)).toBe(may);
    const regrouped = await db.auditEvent.findMany({
      where: { action: "claim.reclustered" },
      select: { subjectId: true, after: true },
    });
    expect(regrouped).toEqual(
      expect.arrayContaining([
        { subjectId: april, after: { gained: [], lost: [{ itemId: repostId, to: may }] } },
        { subjectId: may, after: { gained: [repostId], lost: [] } },
      ]),
    );
  });

  it("moves no copy out of a claim the desk has started on (runs after the test above, on its claims)", async () => {
    const { db } = database;
    const [repostId] = await ingestEach(
      db,
      channelPost(
        "krg_online",
        5190,
        `Вот это новость 👇\n\n${fares("220")[0]}\n\nПодробнее: ekaraganda.kz/news/proezd-iyul`,
        "2026-06-27T10:00:00Z",
      ),
    );
    // The post joined one of the earlier announcements, all of which open with its paragraph.
    const joined = await claimOf(db, repostId!);
    await db.claim.update({ where: { id: joined! }, data: { status: "in_review" } });
    const [julyId] = await ingestEach(
      db,
      articlePage({
        url: "https://ekaraganda.kz/news/proezd-iyul",
        site: "ekaraganda.kz",
        title: "В Караганде меняется оплата проезда",
        paragraphs: fares("220"),
        publishedAt: "2026-06-27T09:00:00+05:00",
      }),
    );
    expect(await claimOf(db, julyId!)).not.toBe(joined);
    expect(await claimOf(db, repostId!)).toBe(joined);
  });
});

describe("[CLAIMS][CLUSTERING] copies posted the minute the article went up", () => {
  const database = useTestDatabase();

  it("merges the claims of a headline post and an excerpt once the article, published the same minute as the headline, comes in", async () => {
    const { db } = database;
    const [headlineId, excerptId, articleId] = await ingestEach(
      db,
      channelPost("aikyn_kz", 3001, `🔴 ${PENSION_TITLE}`, "2026-03-14T01:00:00Z"),
      channelPost("janalyqtar", 4513, `Міне, ресми жауап:\n\n${PENSION_PARAGRAPHS[2]}`, "2026-03-14T03:00:00Z"),
      articlePage({
        url: PENSION_URL,
        site: "aikyn.kz",
        title: PENSION_TITLE,
        paragraphs: PENSION_PARAGRAPHS,
        publishedAt: "2026-03-14T06:00:00+05:00",
      }),
    );
    const claimId = await claimOf(db, articleId!);
    expect([await claimOf(db, headlineId!), await claimOf(db, excerptId!)]).toEqual([claimId, claimId]);
  });
});
