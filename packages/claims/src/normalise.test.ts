import { describe, expect, it } from "vitest";
import { analyseText, fingerprintText } from "./fingerprint.ts";
import { normaliseTokens, searchText, stripBoilerplate, webAddressesIn } from "./normalise.ts";
import { skeletonWord } from "./transliterate.ts";

describe("skeletonWord", () => {
  it("gives Kazakh Cyrillic and all three Latin alphabets the same skeleton", () => {
    const cyrillic = skeletonWord("шығыс");
    expect(skeletonWord("şyğys")).toBe(cyrillic); // 2021
    expect(skeletonWord("shyǵys")).toBe(cyrillic); // 2018
    expect(skeletonWord("shyg'ys")).toBe(cyrillic); // 2017
  });

  it("keeps у apart from ы in the 2018 alphabet", () => {
    expect(skeletonWord("ýaqyt")).toBe(skeletonWord("уақыт"));
    expect(skeletonWord("ýaqyt")).not.toBe(skeletonWord("ыақыт"));
  });

  it("maps Russian words without changing distinct words into one", () => {
    expect(skeletonWord("щука")).not.toBe(skeletonWord("шутка"));
    expect(skeletonWord("юрта")).toBe("iurta");
  });
});

describe("stripBoilerplate", () => {
  it("drops subscribe footers, counters, source lines and bare links but keeps the content", () => {
    const text = [
      "Ақпараттық штаб жұмысын бастады.",
      "Жағдайды бақылауды жалғастырыңыз…",
      "👁 1 234",
      "Просмотров: 99",
      "Дереккөз: aikyn.kz",
      "Подписывайтесь на наш канал!",
      "https://t.me/example/1",
      "#жаңалық #Қазақстан",
    ].join("\n");
    expect(stripBoilerplate(text)).toBe("Ақпараттық штаб жұмысын бастады.");
  });

  it("drops lines the caller knows as the site's own", () => {
    expect(stripBoilerplate("QAZAQ24 | Басты бет\nМәтін", new Set(["qazaq24 | басты бет"]))).toBe("Мәтін");
  });
});

describe("normaliseTokens", () => {
  it("folds case and punctuation", () => {
    expect(normaliseTokens("«Алматыда» ЖЕР, сілкінісі!!!")).toEqual(normaliseTokens("алматыда жер сілкінісі"));
  });

  it.each([
    ["one 12 MB word", "а".repeat(12 * 1024 * 1024)],
    ["a 12 MB word of apostrophes", "s'".repeat(6 * 1024 * 1024)],
    ["a 12 MB line of tags", "#жаңалық ".repeat(1024 * 1024)],
  ])(
    "reads %s without overflowing the regexp stack",
    (_, text) => {
      expect(normaliseTokens(text).length).toBeGreaterThan(0);
      // 12 MB through every normalisation step takes seconds on a busy two-core machine; the test
      // is about the stack, so its ceiling is generous.
    },
    60_000,
  );
});

describe("analyseText", () => {
  it("gives exactly what fingerprintText and searchText give, from one normalisation", () => {
    for (const text of [
      "Алматыда метроның жаңа бекеті ашылды!",
      "Almatyda metronyñ jaña beketı aşyldy",
      "В Астане — снег.\nПодробности позже.",
      "",
    ]) {
      expect(analyseText(text)).toEqual({ fingerprint: fingerprintText(text), searchText: searchText(text) });
    }
  });
});

describe("web addresses in a text", () => {
  const post =
    "Таразда жол ақысы өзгермейді\n\nТолығырақ: zhambyl-news.kz/kz/news/2026/04/08/taraz. Kz.kursiv.media хабарлайды, бағасы 9.5/10 (https://t.me/s/habar/12)";

  it("are found with or without a scheme, without the punctuation after them", () => {
    expect(webAddressesIn(post)).toEqual([
      "http://zhambyl-news.kz/kz/news/2026/04/08/taraz",
      "https://t.me/s/habar/12",
    ]);
  });

  it("are no part of the text compared, while an outlet's name and a score stay", () => {
    expect(normaliseTokens(post)).not.toContain("2026");
    expect(normaliseTokens(post)).toEqual(expect.arrayContaining(["kursiv", "9", "10"].map(skeletonWord)));
  });
});
