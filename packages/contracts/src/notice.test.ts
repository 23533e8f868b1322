import { describe, expect, it } from "vitest";
import { withoutVerdictLabel, ZCorrectNoticeInput, ZPublishNoticeInput } from "./notice.ts";

describe("[PUBLISH][HEADLINE] a verdict label typed before the headline is dropped, since pages and feeds add it once", () => {
  it("drops labels in any of the three languages, one or several, with a colon, a dash or brackets", () => {
    expect(withoutVerdictLabel("Фейк: ФЕЙК: Жалған хабар")).toBe("Жалған хабар");
    expect(withoutVerdictLabel("[FAKE] Bridge collapsed in Pavlodar")).toBe("Bridge collapsed in Pavlodar");
    expect(withoutVerdictLabel("Вводит в заблуждение — Цены на хлеб")).toBe("Цены на хлеб");
    expect(withoutVerdictLabel("  Расталды:  Жаңа көпір ашылды ")).toBe("Жаңа көпір ашылды");
  });

  it("keeps a headline that only begins with the word, and one that is nothing but a label", () => {
    expect(withoutVerdictLabel("Фейк жаңалықтар таратылды")).toBe("Фейк жаңалықтар таратылды");
    expect(withoutVerdictLabel("Fake")).toBe("Fake");
  });

  it("drops the team's own wordings the caller passes, however they are cased or bracketed, and only at the start", () => {
    const team = ["Манипуляция", "Manipulation", "Без вердикта", "Без"];
    expect(withoutVerdictLabel("МАНИПУЛЯЦИЯ: Фейк — Вакцина меняет ДНК", team)).toBe("Вакцина меняет ДНК");
    expect(withoutVerdictLabel("[Manipulation] Bread prices", team)).toBe("Bread prices");
    expect(withoutVerdictLabel("Без вердикта: Мост закрыт", team)).toBe("Мост закрыт");
    expect(withoutVerdictLabel("Манипуляция общественным мнением", team)).toBe("Манипуляция общественным мнением");
    // Without the team's wordings only the built-in ones go.
    expect(withoutVerdictLabel("Манипуляция: Вакцина меняет ДНК")).toBe("Манипуляция: Вакцина меняет ДНК");
  });

  it("applies to publishing and to corrections, and a headline that was only labels is refused", () => {
    const claimId = "6f1d3e2a-6a0b-4f3e-9c1d-2b7a8e9f0a11";
    expect(
      ZPublishNoticeInput.parse({ claimId, lang: "kk", headline: "Фейк: Жалған хабар", summary: "s" }).headline,
    ).toBe("Жалған хабар");
    expect(
      ZCorrectNoticeInput.parse({
        noticeId: claimId,
        expectedVersion: 1,
        headline: "[Fake] x",
        summary: "s",
        changeNote: "n",
      }).headline,
    ).toBe("x");
    expect(ZPublishNoticeInput.safeParse({ claimId, lang: "kk", headline: "Фейк: ", summary: "s" }).success).toBe(
      false,
    );
  });
});
