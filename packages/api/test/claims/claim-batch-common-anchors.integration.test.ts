import { fingerprintText } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import { claimOf, ingestDocument, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { NEAR_MISS_PARAGRAPHS, PENSION_PARAGRAPHS, PENSION_TITLE } from "@tekser/domain/test/copy-documents.ts";
import { BATCH_COMMON_ANCHOR_ITEMS, batchCommonBands } from "@tekser/domain/claims/batch-common-anchors.ts";
import { findCandidates } from "@tekser/domain/claims/claim-candidate-lookup.ts";
import { clusterKeys } from "@tekser/domain/claims/claim-candidates.ts";
import { useTestDatabase } from "../harness.ts";

const ARTICLE = PENSION_PARAGRAPHS.join("\n\n");

/** Other stories of one outlet's feed, each headed by the outlet's rubric. */
const OTHER_STORIES = [
  "Алматы облысында жаңа мектеп салынып, оған алты жүз оқушы қабылданады деп хабарлады аудан әкімдігі.",
  "Астанада көктемгі су тасқынына дайындық басталды: қала әкімдігі арықтарды тазалауға қосымша техника бөлді.",
  "Қарағанды облысында көмір шахтасында жөндеу жұмыстары аяқталып, кеншілер ертеңнен бастап жұмысқа қайта шығады.",
  "Шымкентте жаңа әуежай терминалының құрылысы басталды, оның құны он екі миллиард теңгеге бағаланады.",
  "Павлодарда жылу желілерін жаңғырту жоспары бекітілді, жұмыс үш жылға созылады деп мәлімдеді энергетика басқармасы.",
  "Ақтөбе облысында бидай егісінің көлемі биыл он мың гектарға ұлғаяды деп болжайды ауыл шаруашылығы басқармасы.",
  "Атырауда мұнай өңдеу зауытында жоспарлы жөндеу басталды, жанармай бағасы өзгермейді деп уәде берді компания.",
  "Қостанайда жаңа аурухана ашылып, онда үш жүз төсек-орын қарастырылған деп хабарлады облыстық денсаулық сақтау басқармасы.",
  "Түркістанда туристерге арналған жаңа қонақ үй ашылды, оның құрылысына жеке инвестор қаражат салған.",
  "Маңғыстауда теңіз суын тұщыландыру зауытының екінші кезегі іске қосылды деп мәлімдеді облыс әкімдігі.",
];

/** A post short enough (fewer than SHORT_ITEM_WORDS words) to look stored texts up by its band keys. */
const SHORT_POST = "Зейнетақы төлемдері биыл қаңтардан бастап он пайызға өседі деп хабарлады еңбек министрлігі.";

const repostKeys = (index: number, text: string) =>
  clusterKeys(
    { site: `t.me/channel${index}`, url: null, canonicalUrl: null, links: [], text, originalSource: null },
    fingerprintText(text),
  );

describe("[CLAIMS][CLUSTERING] phrases many items of one input share", () => {
  const database = useTestDatabase();

  it("still join copies of a stored article that one input brings many of", async () => {
    const { db } = database;
    const [articleId] = await ingestItems(db, parsedItem({ site: "aikyn.kz", title: PENSION_TITLE, text: ARTICLE }));
    const comments = [
      "Оқыңыздар!",
      "Фейк емес пе?",
      "Маңызды",
      "Назар аударыңыз",
      "Тарата көріңіз",
      "Шындық па?",
      "Қараңыздар",
      "Міне жаңалық",
      "Бөлісіңіздер",
      "Ескертеміз",
    ];
    expect(comments.length).toBeGreaterThanOrEqual(BATCH_COMMON_ANCHOR_ITEMS);
    const copyIds = await ingestDocument(
      db,
      ...comments.map((comment, index) =>
        parsedItem({ site: `t.me/channel${index}`, text: `${comment}\n\n${PENSION_PARAGRAPHS[2]}` }),
      ),
    );
    const claimId = await claimOf(db, articleId!);
    expect(claimId).not.toBeNull();
    for (const copyId of copyIds) expect(await claimOf(db, copyId)).toBe(claimId);
  });

  it("find a copy in a feed whose every item opens with the same rubric, and join no other story of the feed to it", async () => {
    const { db } = database;
    const rubric = "Жаңалықтар таспасы | Қазақстан аймақтары";
    const [originalId] = await ingestItems(
      db,
      parsedItem({ site: "qazaq24.com", text: `${rubric}\n\n${NEAR_MISS_PARAGRAPHS.join("\n\n")}` }),
    );
    const feed = await ingestDocument(
      db,
      ...OTHER_STORIES.map((story) => parsedItem({ site: "qazaq24.com", text: `${rubric}\n\n${story}` })),
      parsedItem({ site: "t.me/zeinet", text: `${rubric}\n\n${NEAR_MISS_PARAGRAPHS[0]}` }),
    );
    const copyId = feed.at(-1);
    const claimId = await claimOf(db, originalId!);
    expect(await claimOf(db, copyId!)).toBe(claimId);
    const otherClaims = await Promise.all(feed.slice(0, -1).map((id) => claimOf(db, id)));
    expect(new Set(otherClaims).size).toBe(OTHER_STORIES.length);
    expect(otherClaims).not.toContain(claimId);
  });

  it("find the short stored text that many short items of one input resemble through the band keys they share", async () => {
    const { db } = database;
    const [postId] = await ingestItems(db, parsedItem({ site: "aikyn.kz", text: SHORT_POST }));
    // Reposts of the post whose passages are left out: their band keys alone can find it.
    const reposts = Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS + 2 }, (_, index) => {
      const keys = repostKeys(index, SHORT_POST);
      return { ...keys, fingerprint: { ...keys.fingerprint, passages: [] } };
    });
    expect([...batchCommonBands(reposts).keys()].sort()).toEqual([...(reposts[0]?.fingerprint.bands ?? [])].sort());
    const post = (await findCandidates(db, reposts)).find((candidate) => candidate.itemId === postId);
    expect(post?.forItems.sort((a, b) => a - b)).toEqual(reposts.map((_, index) => index));
  });

  it("find a longer text through its passages, not its band keys", async () => {
    const { db } = database;
    const [articleId] = await ingestItems(db, parsedItem({ site: "aikyn.kz", title: PENSION_TITLE, text: ARTICLE }));
    const reposts = Array.from({ length: BATCH_COMMON_ANCHOR_ITEMS + 2 }, (_, index) =>
      repostKeys(index, `${PENSION_TITLE}\n${ARTICLE}`),
    );
    expect(batchCommonBands(reposts)).toEqual(new Map());
    const article = (await findCandidates(db, reposts)).find((candidate) => candidate.itemId === articleId);
    expect(article?.forItems.sort((a, b) => a - b)).toEqual(reposts.map((_, index) => index));
    const withoutPassages = reposts.map((keys) => ({ ...keys, fingerprint: { ...keys.fingerprint, passages: [] } }));
    expect((await findCandidates(db, withoutPassages)).map((candidate) => candidate.itemId)).not.toContain(articleId);
  });
});
