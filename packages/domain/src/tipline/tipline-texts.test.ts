import { describe, expect, it } from "vitest";
import { answerText } from "./tipline-texts.ts";

const notice = {
  verdict: "fake",
  headline: "Астанада базарлар жабылмайды",
  changeNote: "Дереккөз қате оқылған.",
  url: "https://tekser.test/notices/1",
} as const;

describe("[TIPLINE] answer wording", () => {
  it("names the verdict when a notice is published or corrected", () => {
    expect(answerText("ru", { ...notice, kind: "publication" })).toBe(
      "Результат проверки по вашему сообщению:\n\nФейк: Астанада базарлар жабылмайды\nhttps://tekser.test/notices/1",
    );
    expect(answerText("kk", { ...notice, kind: "correction" })).toContain(
      "Сіз жіберген хабар бойынша тексеру нәтижесі:",
    );
  });

  it("words a retraction as one in the sender's language, with the reason and without the withdrawn verdict", () => {
    const ru = answerText("ru", { ...notice, kind: "retraction" });
    expect(ru).toBe(
      "Редакция отозвала результат проверки по вашему сообщению, который мы присылали ранее:\n\nАстанада базарлар жабылмайды\nПричина: Дереккөз қате оқылған.\nhttps://tekser.test/notices/1",
    );
    expect(answerText("en", { ...notice, kind: "retraction", changeNote: null })).toBe(
      "The desk has retracted the result of the check on your tip that we sent you earlier:\n\nАстанада базарлар жабылмайды\nhttps://tekser.test/notices/1",
    );
  });
});
