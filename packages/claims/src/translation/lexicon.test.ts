import { describe, expect, it } from "vitest";
import { LEXICON, PLACE_ENTRIES, lexiconMatcher, parseLexicon, type TranslationLang } from "./lexicon.ts";

const conceptsIn = (text: string, lang: TranslationLang) =>
  lexiconMatcher(lang).match(
    [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].map((match) => ({
      word: match[0].toLowerCase(),
      capitalised: /^\p{Lu}/u.test(match[0]),
    })),
  ).keys;

describe("[CLAIMS][TRANSLATION] the kk↔ru lexicon", () => {
  it("ships at least 600 news concepts, each named once, with both languages", () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(600);
    const concepts = [...LEXICON, ...PLACE_ENTRIES].map((entry) => entry.concept);
    expect(concepts.filter((concept, index) => concepts.indexOf(concept) !== index)).toEqual([]);
    for (const entry of LEXICON) {
      expect(entry.kk.length, entry.concept).toBeGreaterThan(0);
      expect(entry.ru.length, entry.concept).toBeGreaterThan(0);
    }
  });

  it("finds each concept's own forms, written alone, as that concept (or a longer one containing it)", () => {
    const lost: string[] = [];
    for (const entry of [...LEXICON, ...PLACE_ENTRIES]) {
      for (const lang of ["kk", "ru"] as const) {
        for (const form of entry[lang]) {
          // Places must be capitalised in the text, as names are.
          const written = PLACE_ENTRIES.includes(entry)
            ? form.replace(/^\p{L}/u, (letter) => letter.toUpperCase())
            : form;
          if (conceptsIn(written, lang).length === 0) lost.push(`${lang} ${entry.concept}: ${form}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it("meets the inflected forms of news sentences in both languages", () => {
    expect(conceptsIn("Зейнеткерлерге зейнетақы өседі, айыппұлдар көбейеді", "kk")).toEqual(
      expect.arrayContaining(["c:pension", "c:increase", "c:fine_penalty"]),
    );
    expect(conceptsIn("Пенсионерам пенсии вырастут, штрафы увеличат", "ru")).toEqual(
      expect.arrayContaining(["c:pension", "c:increase", "c:fine_penalty"]),
    );
    expect(conceptsIn("Жер сілкінісі туралы ақпаратты министрлік жоққа шығарды", "kk")).toEqual([
      "c:earthquake",
      "c:information",
      "c:ministry",
      "c:deny",
    ]);
    expect(conceptsIn("Информацию о землетрясении в министерстве опровергли", "ru")).toEqual([
      "c:information",
      "c:earthquake",
      "c:ministry",
      "c:deny",
    ]);
    // The ministry, not the minister: the Kazakh suffix -лік voiced to -лігі is cut back.
    expect(conceptsIn("министрлігінің", "kk")).toEqual(["c:ministry"]);
  });

  it("keeps short Kazakh stems from meeting the common words they begin", () => {
    // "at least", "the police department", "at a place": not decrease, allocate, land.
    expect(conceptsIn("кемінде", "kk")).toEqual([]);
    expect(conceptsIn("бөлімі", "kk")).toEqual([]);
    expect(conceptsIn("жерде", "kk")).toEqual([]);
    expect(conceptsIn("бақылау", "kk")).toEqual(["c:control"]);
  });

  it("tells the region from its city, in either language's way of naming it", () => {
    expect(conceptsIn("Алматы облысында", "kk")).toEqual(["p:almaty_region"]);
    expect(conceptsIn("в Алматинской области", "ru")).toEqual(["p:almaty_region"]);
    expect(conceptsIn("Алматыда", "kk")).toEqual(["p:almaty"]);
    expect(conceptsIn("в Алматы", "ru")).toEqual(["p:almaty"]);
    expect(conceptsIn("Өскеменде", "kk")).toEqual(conceptsIn("в Усть-Каменогорске", "ru"));
    // A place is a name: "орал" in lower case is the verb "return", not Oral (Uralsk).
    expect(conceptsIn("үйге оралды", "kk")).not.toContain("p:oral");
  });

  it("refuses a malformed line, with its number", () => {
    expect(() => parseLexicon("pension | зейнетақы | пенсия\nprice | баға")).toThrow(/line 2/);
  });
});
