import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";
import { nameKey } from "./fold.ts";
import { kazakhStages } from "./kazakh-stem.ts";
import { findNumbers } from "./numbers.ts";
import { anchorKeys, lookupKeys, translationKeys } from "./profile.ts";

describe("[CLAIMS][TRANSLATION] names, numbers and dates both languages share", () => {
  it("gives a name one key through Kazakh and Russian spellings and case endings", () => {
    const tokayev = ["Тоқаев", "Тоқаевтың", "Тоқаевқа", "Тоқаевпен", "Токаев", "Токаева", "Токаеву", "Токаевым"].map(nameKey);
    expect(new Set(tokayev)).toEqual(new Set(["токае"]));
    expect(new Set(["Астана", "Астанада", "Астанаға", "Астане", "Астаны"].map(nameKey))).toEqual(new Set(["астан"]));
    expect(new Set(["Қарағанды", "Қарағандыда", "Караганда", "Караганде"].map(nameKey))).toEqual(new Set(["карag".replace("ag", "аг")]));
    expect(nameKey("Жұманғарин")).toBe(nameKey("Жумангарина"));
    // Different names stay different.
    expect(nameKey("Тоқаев")).not.toBe(nameKey("Токарев"));
  });

  it("cuts Kazakh suffixes stage by stage, voiced stems included", () => {
    expect(kazakhStages("зейнеткерлерге")).toEqual(expect.arrayContaining(["зейнеткерлер", "зейнеткер"]));
    expect(kazakhStages("қойды")).toContain("қой");
    expect(kazakhStages("жемқорлығы")).toContain("жемқорлық");
  });

  it("reads a date written the Kazakh and the Russian way as one day", () => {
    const kazakh = translationKeys("2025 жылғы 3 наурызда жиын өтті", "kk");
    const russian = translationKeys("Собрание прошло 3 марта 2025 года", "ru");
    expect(kazakh).toEqual(expect.arrayContaining(["d:03-03", "#year:2025"]));
    expect(russian).toEqual(expect.arrayContaining(["d:03-03", "#year:2025"]));
    expect(findDates("03.03.2025").map((date) => date.key)).toEqual(["d:03-03"]);
    // A month with no day is no date; "май" is May but "майдан" is not.
    expect(findDates("наурыз айында, 5 майдан")).toEqual([]);
    expect(findDates("с 1 мая").map((date) => date.key)).toEqual(["d:05-01"]);
  });

  it("reads amounts, percentages and thousands written either way as one number", () => {
    expect(findNumbers("5 млрд теңге")).toEqual(findNumbers("5 млрд тенге"));
    expect(findNumbers("5 млрд теңге")).toEqual(["#money:5000000000"]);
    expect(findNumbers("10 пайызға")).toEqual(["#percent:10"]);
    expect(findNumbers("на 10%")).toEqual(["#percent:10"]);
    expect(findNumbers("10 процентов")).toEqual(["#percent:10"]);
    expect(findNumbers("20 мың адам")).toEqual(findNumbers("20 тысяч человек"));
    expect(findNumbers("20 000 адам")).toEqual(["#count:20000"]);
    expect(findNumbers("2,5 млн теңге")).toEqual(findNumbers("2.5 млн тенге"));
    // Small counts are words in the other language more often than not; clock times are no numbers.
    expect(findNumbers("3 адам, сағат 4:15")).toEqual([]);
  });

  it("finds stored items by names, days and specific figures only; a sentence's first word looks for a name", () => {
    const keys = translationKeys("Бұл туралы Тоқаев айтты. Астанада 2026 жылғы 1 наурызда 15 адамға 5 млн теңге, 10% және 250 грант берілді.", "kk");
    expect(anchorKeys(keys).sort()).toEqual(["#count:250", "#money:5000000", "#percent:10", "d:03-01", "n:токае"]);
    expect(lookupKeys(keys)).toContain("n:бул");
    expect(lookupKeys(keys)).not.toContain("p:astana");
  });

  it("keys names, places and concepts; a word starting a sentence is only a possible name", () => {
    const keys = translationKeys("Жексенбіде Тоқаев Алматы облысында болды. Президент зейнетақы туралы айтты.", "kk");
    expect(keys).toEqual(expect.arrayContaining(["n:токае", "p:almaty_region", "c:president", "c:pension", "i:жексе"]));
    expect(keys).not.toContain("n:жексе");
  });
});
