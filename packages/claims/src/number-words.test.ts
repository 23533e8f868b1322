import { describe, expect, it } from "vitest";
import { figureKeys } from "./facts.ts";
import { readFigures } from "./figures.ts";
import { hashString } from "./minhash.ts";
import { normaliseText, normaliseTokens } from "./normalise.ts";
import { matchKey } from "./passages.ts";

const figures = (text: string) => figureKeys(readFigures(normaliseTokens(text).map(matchKey)));
/** The keys of figures written in digits, and of scales as `*1000`. */
const keys = (...values: string[]) => [...new Set(values.map(hashString))].sort((a, b) => a - b);

describe("figures written in words", () => {
  it("read Kazakh cardinals with their case suffixes as the digits they stand for", () => {
    expect(figures("Семейдегі үш мектепте")).toEqual(figures("Семейдегі 3 мектепте"));
    expect(figures("үш мектепте")).toEqual(keys("3"));
    expect(figures("бес мектептегі сабақтар")).toEqual(keys("5"));
    expect(figures("төрт жүзден астам бала және қырық мұғалім")).toEqual(keys("400", "40"));
    expect(figures("жиырма бір жағдай")).toEqual(keys("21"));
    expect(figures("он төрт күнге қашықтан өтеді деп хабарлады")).toEqual(keys("14"));
    expect(figures("үш жүз алпыс бес күн")).toEqual(keys("365"));
  });

  it("read the Kazakh «он» (ten) as a figure in a Kazakh text with one common word, though it is also the Russian «он» (he)", () => {
    expect(figures("Сабақтар он төрт күнге қашықтан өтеді деп")).toEqual(keys("14"));
    expect(figures("Он сказал, что четыре дня уроков не будет")).toEqual(keys("4"));
  });

  it("read Kazakh ordinals and collectives, in every alphabet", () => {
    expect(figures("бағдарламаның үшінші кезеңі")).toEqual(keys("3"));
    expect(figures("үшінші кезеңі")).toEqual(figures("3-ші кезеңі"));
    expect(figures("балалардың бесеуі бастауыш сынып оқушылары")).toEqual(keys("5"));
    expect(figures("екеуі ауруханаға жатқызылды")).toEqual(keys("2"));
    expect(figures("бесіншісі")).toEqual(keys("5"));
    expect(figures("Üş mektepte")).toEqual(keys("3"));
    expect(figures("ush mektepte")).toEqual(keys("3"));
    expect(figures("уш мектепте")).toEqual(keys("3"));
  });

  it("read Russian cardinals in every case, ordinals and collectives", () => {
    expect(figures("в трёх городах")).toEqual(keys("3"));
    expect(figures("в трех городах")).toEqual(figures("в 3 городах"));
    expect(figures("пятью бригадами")).toEqual(keys("5"));
    expect(figures("четырьмя бригадами")).toEqual(keys("4"));
    expect(figures("сто шестьдесят километров")).toEqual(keys("60")); // "сто" is spelled like "что": left out
    expect(figures("ста шестидесяти километров")).toEqual(keys("160"));
    expect(figures("до двадцать пятого июня")).toEqual(keys("25"));
    expect(figures("до двадцатого июня")).toEqual(keys("20"));
    expect(figures("с первого апреля")).toEqual(figures("с 1 апреля"));
    expect(figures("пятеро задержанных")).toEqual(keys("5"));
    expect(figures("цены выросли вдвое")).toEqual(keys("2"));
  });

  it("read scales as facts of their own, after digits too", () => {
    expect(figures("две тысячи выбоин")).toEqual(keys("2", "*1000"));
    expect(figures("екі мың жиырма алтыншы жылы деп хабарлады")).toEqual(keys("2", "*1000", "26"));
    expect(figures("екі миллион үш жүз мың адам деп хабарлады")).toEqual(
      figures("2 миллион 300 мың адам деп хабарлады"),
    );
    expect(figures("четыреста двадцать миллионов тенге")).toEqual(figures("420 млн тенге"));
    expect(figures("14 миллиард теңге")).toEqual(figures("14 млрд теңге"));
    expect(figures("2,6 миллиарда")).not.toEqual(figures("2,6 миллиона"));
    expect(figures("миллион теңге")).toEqual(keys("1", "*1000000"));
    // "тыс." in a Russian text; the same skeleton in a Kazakh one is "тіс", a tooth.
    expect(figures("зарплаты выросли до 350 тыс тенге")).toEqual(figures("зарплаты выросли до 350 тысяч тенге"));
    expect(figures("баланың 3 тісі түсті деп хабарлады")).toEqual(keys("3"));
    expect(figures("баланың тіс дәрігеріне барды деп хабарлады")).toEqual([]);
  });

  it("never run on from one sentence or line into the next", () => {
    const across = (text: string) => {
      const { tokens, sentenceStarts } = normaliseText(text);
      return figureKeys(readFigures(tokens.map(matchKey), sentenceStarts));
    };
    expect(across("Бюджет 2026\nмиллион теңге бөлінді")).toEqual(keys("2026", "1", "*1000000"));
    expect(across("Бюджет 2026. Миллион теңге бөлінді")).toEqual(keys("2026", "1", "*1000000"));
    expect(across("Бюджет 2026 миллион теңге")).toEqual(keys("2026", "*1000000"));
    // A decimal point or an abbreviation's stop is no sentence end.
    expect(across("2.6 миллиард теңге")).toEqual(figures("2,6 миллиард теңге"));
  });

  it("read fractions", () => {
    expect(figures("жарты миллиард теңге")).toEqual(keys("0.5", "*1000000000"));
    expect(figures("полмиллиарда тенге")).toEqual(figures("жарты миллиард теңге"));
    expect(figures("бір жарым миллиард")).toEqual(figures("полтора миллиарда"));
    expect(figures("бір жарым миллиард")).not.toEqual(figures("жарты миллиард"));
    expect(figures("из них половину")).toEqual(keys("0.5"));
  });

  it("keep two figures written side by side apart", () => {
    expect(figures("пять-шесть человек")).toEqual(keys("5", "6"));
    expect(figures("два-три дня")).toEqual(keys("2", "3"));
  });

  it("leave out words that are only spelled like number words", () => {
    // "бір" and "один" alone are mostly an article or a pronoun; "бірге", "бірден" are other words.
    expect(figures("Бір қызығы, олар бірге барып, бірден қайтты")).toEqual([]);
    expect(figures("один из жителей")).toEqual([]);
    expect(figures("оқушылар үшін тегін")).toEqual([]);
    expect(figures("Он сказал, что семьи получат помощь")).toEqual([]);
    expect(figures("Ол онда жұмыс істейді және оны мақтады")).toEqual([]);
    expect(figures("Жер жүзінде алтын бағасы өсті")).toEqual([]);
  });

  it("read the Kazakh ten and thousand, which are other words in Russian, in Kazakh texts only", () => {
    expect(figures("Облыста он мектеп және бес мың оқушы бар деп хабарлады")).toEqual(keys("10", "5", "*1000"));
    expect(figures("Он сказал, что через 15 мин все закончится")).toEqual(keys("15"));
  });
});
