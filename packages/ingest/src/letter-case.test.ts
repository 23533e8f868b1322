import { describe, expect, it } from "vitest";
import { isUpperCaseUnit } from "./letter-case.ts";

const upper = (char: string) => isUpperCaseUnit(char.charCodeAt(0));

describe("isUpperCaseUnit", () => {
  it("takes capitals of the Kazakh, Russian and Latin alphabets, asked once or again", () => {
    for (const char of ["Қ", "Ә", "І", "Ж", "Ё", "Q", "İ", "Σ"])
      expect([char, upper(char), upper(char)]).toEqual([char, true, true]);
  });

  it("takes no lower-case letter, digit, mark or surrogate half", () => {
    for (const char of ["қ", "ә", "і", "ж", "q", "ı", "ς", "7", "-", "\u0301", "\ud835", "\udc00"])
      expect([char, upper(char)]).toEqual([char, false]);
  });
});
