import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";
import { nameKey } from "./fold.ts";
import { kazakhStages } from "./kazakh-stem.ts";
import { findNumbers } from "./numbers.ts";
import { anchorKeys, lookupKeys, translationKeys } from "./profile.ts";

describe("[CLAIMS][TRANSLATION] names, numbers and dates both languages share", () => {
  it("gives a name one key through Kazakh and Russian spellings and case endings", () => {
    const tokayev = ["Тоқаев", "Тоқаевтың", "Тоқаевқа", "Тоқаевпен", "Токаев", "Токаева", "Токаеву", "Токаевым"].map(
      nameKey,
    );
    expect(new Set(tokayev)).toEqual(new Set(["токае"]));
    expect(new Set(["Астана", "Астанада", "Астанаға", "Астане", "Астаны"].map(nameKey))).toEqual(new Set(["астан"]));
    expect(new Set(["Қарағанды", "Қарағандыда", "Караганда", "Караганде"].map(nameKey))).toEqual(
      new Set(["карag".replace("ag", "аг")]),
    );
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
    // Small counts are words in the other language more often than not.
    expect(findNumbers("3 адам")).toEqual([]);
  });

  it("reads a time of day as one figure in both languages, Kazakh case ending and all", () => {
    expect(findNumbers("сағат 14:00-де жабылады")).toEqual(["#time:14:00"]);
    expect(findNumbers("закроются в 14:00")).toEqual(["#time:14:00"]);
    expect(findNumbers("09:30 мен 9:30")).toEqual(["#time:9:30", "#time:9:30"]);
    expect(findNumbers("счёт 2:1, версия 1.10:30")).toEqual([]);
  });

  it("reads a month named without a day, by the month's own word forms only", () => {
    expect(translationKeys("Наурыздан бастап нан қымбаттайды", "kk")).toContain("m:03");
    expect(translationKeys("Хлеб подорожает с марта", "ru")).toContain("m:03");
    expect(translationKeys("В мае и в июле", "ru")).toEqual(expect.arrayContaining(["m:05", "m:07"]));
    // A place, a feast, a season and butter are no months; a day's month is in its date.
    expect(translationKeys("В Мартукском районе", "ru").filter((key) => key.startsWith("m:"))).toEqual([]);
    expect(
      translationKeys("Шілдехана өтті, жылыту маусымы басталды, май қымбаттады", "kk").filter((key) =>
        key.startsWith("m:"),
      ),
    ).toEqual([]);
    expect(translationKeys("15 наурыз күні", "kk").filter((key) => key.startsWith("m:"))).toEqual([]);
    // A month's stem inside another word does not hide the month named after it.
    expect(translationKeys("Шілдехана шілдеде, мамырдан кейін", "kk")).toEqual(
      expect.arrayContaining(["m:07", "m:05"]),
    );
    expect(translationKeys("Мамонтов, март", "ru")).toContain("m:03");
  });

  it("cuts an ending written after a hyphen from an abbreviation or a foreign name", () => {
    expect(kazakhStages("жсн-мен")).toContain("жсн");
    expect(kazakhStages("whatsapp-қа")).toContain("whatsapp");
    expect(kazakhStages("вице-министр")).not.toContain("вице");
  });

  it("finds stored items by names, days and specific figures only; a sentence's first word looks for a name", () => {
    const keys = translationKeys(
      "Бұл туралы Тоқаев айтты. Астанада 2026 жылғы 1 наурызда 15 адамға 5 млн теңге, 10% және 250 грант берілді.",
      "kk",
    );
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
