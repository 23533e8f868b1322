import { describe, expect, it } from "vitest";
import { crossLanguageKey, titleAnchors } from "./anchors.ts";
import { normaliseTokens } from "./normalise.ts";

describe("[CLAIMS] cross-language anchors", () => {
  it("gives a Kazakh title and its Russian translation the same names and numbers", () => {
    const kazakh = titleAnchors("Тоқаев Астанада Жапония премьер-министрімен кездесті: 2025 жылы 1500 грант");
    const russian = titleAnchors("Токаев встретился с премьер-министром Японии в Астане: 1500 грантов в 2025 году");
    expect(kazakh).toEqual(["tokae", "astan", "japon", "2025", "1500"]);
    // Not every name: the languages spell Japan "Жапония" and "Япония".
    expect(russian).toEqual(["tokae", "iapon", "astan", "1500", "2025"]);
    expect(kazakh.filter((anchor) => russian.includes(anchor))).toEqual(["tokae", "astan", "2025", "1500"]);
  });

  it("folds the letters Kazakh and Russian spell names with, whatever the script", () => {
    expect(titleAnchors("Қазақстан")).toEqual(titleAnchors("Казахстан"));
    expect(titleAnchors("Qazaqstan")).toEqual(["kazak"]);
    // The key applies to search-text skeletons too, so titles can be matched in the database.
    expect(normaliseTokens("Тоқаев Токаев").map(crossLanguageKey)).toEqual(["tokaev", "tokaev"]);
  });

  it("leaves out short capitalised words, lower-case words and numbers of fewer than three digits", () => {
    expect(titleAnchors("ҚР мен ЕО: 15 күн, 000 теңге, жаңа заң. Іле ауданы")).toEqual([]);
  });
});
