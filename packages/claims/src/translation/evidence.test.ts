import { describe, expect, it } from "vitest";
import { translationEvidence } from "./evidence.ts";
import { translationKeys } from "./profile.ts";
import { decideTranslation } from "./rules.ts";
import * as story from "./sentences.fixture.ts";

const evidence = (kk: string, ru: string) => translationEvidence(translationKeys(kk, "kk"), translationKeys(ru, "ru"));

describe("[CLAIMS][TRANSLATION] evidence that a Kazakh and a Russian text are one story", () => {
  it.each([
    ["pension rise", story.PENSION_KK, story.PENSION_RU],
    ["earthquake", story.EARTHQUAKE_KK, story.EARTHQUAKE_RU],
    ["school rumour denied", story.SCHOOLS_FAKE_KK, story.SCHOOLS_FAKE_RU],
    ["bribe sentence", story.BRIBE_KK, story.BRIBE_RU],
    ["water tariff", story.TARIFF_KK, story.TARIFF_RU],
    ["grants agreement", story.PRESIDENT_GRANTS_KK, story.PRESIDENT_GRANTS_RU],
    ["flood evacuation", story.FLOOD_KK, story.FLOOD_RU],
    ["exam dates", story.EXAM_KK, story.EXAM_RU],
    ["phone fraud", story.FRAUD_KK, story.FRAUD_RU],
  ])("joins the translation of a %s story automatically", (_, kk, ru) => {
    const found = evidence(kk, ru);
    expect(found.contradictions).toEqual([]);
    expect(decideTranslation(found)).toBe("automatic");
  });

  it("explains itself: the names, places, numbers, dates and concepts both texts give", () => {
    const found = evidence(story.PENSION_KK, story.PENSION_RU);
    expect(found.names).toEqual(expect.arrayContaining(["светл"]));
    expect(found.numbers).toEqual(expect.arrayContaining(["10", "75000", "2026"]));
    expect(found.dates).toEqual(["01-01"]);
    expect(found.concepts).toEqual(expect.arrayContaining(["pension", "increase", "ministry", "budget"]));
    expect(found.coverage.kk).toBeGreaterThan(0.7);
    expect(found.coverage.ru).toBeGreaterThan(0.7);
    const quake = evidence(story.EARTHQUAKE_KK, story.EARTHQUAKE_RU);
    expect(quake.places).toEqual(expect.arrayContaining(["almaty_region", "almaty", "china"]));
    expect(quake.dates).toEqual(["03-03"]);
    expect(quake.numbers).toEqual(expect.arrayContaining(["5.2", "120"]));
    expect(quake.concepts).toEqual(expect.arrayContaining(["earthquake", "emergencies"]));
  });

  it("keeps the same template with other numbers apart: a contradicting figure vetoes the join", () => {
    const found = evidence(story.PENSION_KK, story.PENSION_RU_OTHER_NUMBERS);
    // Word for word the same story but for its figures…
    expect(found.conceptAgreement).toBeGreaterThan(0.8);
    // …which differ: the rise, the year, the amount and the day.
    expect(found.contradictions.map((contradiction) => contradiction.kind).sort()).toEqual([
      "#money",
      "#percent",
      "#year",
      "date",
    ]);
    expect(decideTranslation(found)).toBe("suggest");

    const otherCity = evidence(story.TARIFF_KK, story.TARIFF_RU_OTHER_CITY);
    expect(otherCity.contradictions.length).toBeGreaterThan(0);
    expect(decideTranslation(otherCity)).not.toBe("automatic");
  });

  it("joins a story naming nobody by two figures and its month, and keeps another month's apart", () => {
    const kk =
      "Наурыздан бастап нан 40 пайызға қымбаттайды! Ұн тартушылар ұн бағасын көтеріп қойды, енді бір бөлке нан 350 теңге болады.";
    const ru = "Хлеб с марта подорожает на 40%! Мукомолы уже подняли цены на муку, булка будет стоить 350 тенге.";
    const found = evidence(kk, ru);
    expect(found.names.length + found.places.length).toBe(0);
    expect(found.figures).toEqual(["40", "350"]);
    expect(found.months).toEqual(["03"]);
    expect(decideTranslation(found)).toBe("automatic");

    const otherMonth = evidence(kk, ru.replace("с марта", "с апреля"));
    expect(otherMonth.contradictions.map((contradiction) => contradiction.kind)).toEqual(["month"]);
    expect(decideTranslation(otherMonth)).not.toBe("automatic");
    // One figure and a month fit many price stories.
    expect(decideTranslation(evidence(kk.replace(" 40 пайызға", ""), ru.replace(" на 40%", "")))).not.toBe("automatic");
  });

  it("joins a rumour that names nobody by its day and hour when most of its words agree, and nothing less", () => {
    const kk =
      "Ертең, 20 сәуір күні мектептерде сағат 10:00-де міндетті екпе жасалады! Балаларыңызды мектепке жібермеңіздер, туыстарыңызға ескертіңіз!";
    const ru =
      "Завтра, 20 апреля, в школах в 10:00 проведут обязательную вакцинацию! Не отправляйте детей в школу, предупредите родных!";
    const found = evidence(kk, ru);
    expect(found.names.length + found.places.length).toBe(0);
    expect([found.dates, found.figures]).toEqual([["04-20"], ["10:00"]]);
    expect(decideTranslation(found)).toBe("automatic");

    expect(decideTranslation(evidence(kk, ru.replace("10:00", "12:00")))).toBe("suggest");
    expect(decideTranslation(evidence(kk, ru.replace("20 апреля", "21 апреля")))).toBe("suggest");
    // The same day and hour in another announcement: too few of its words agree.
    const otherStory = "Завтра, 20 апреля, в 10:00 в школах пройдут родительские собрания по итогам четверти.";
    expect(decideTranslation(evidence(kk, otherStory))).toBe("suggest");
  });

  it("allows a translation to add a figure the original did not give", () => {
    const found = evidence(story.TARIFF_KK, `${story.TARIFF_RU} Это около 60 центов.`);
    expect(found.contradictions).toEqual([]);
    expect(decideTranslation(found)).toBe("automatic");
  });

  it("offers the same people's other story at most as a suggestion, and unrelated stories not at all", () => {
    const sameNames = evidence(story.PRESIDENT_GRANTS_KK, story.PRESIDENT_FLOOD_RU);
    expect(sameNames.names).toEqual(expect.arrayContaining(["токае"]));
    expect(decideTranslation(sameNames)).not.toBe("automatic");
    expect(evidence(story.PRESIDENT_GRANTS_KK, story.PRESIDENT_GRANTS_RU).score).toBeGreaterThan(sameNames.score);
    expect(decideTranslation(evidence(story.PENSION_KK, story.TARIFF_RU))).toBeNull();
    expect(decideTranslation(evidence(story.EARTHQUAKE_KK, story.SCHOOLS_FAKE_RU))).toBeNull();
  });
});
