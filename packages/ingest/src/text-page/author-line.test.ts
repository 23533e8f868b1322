import { describe, expect, it } from "vitest";
import { splitAuthorTail } from "./author-line.ts";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe("splitAuthorTail", () => {
  it("takes a capitalised byline and drops the place line under it", () => {
    const tail = splitAuthorTail(lines("Мәтін абзацы.", "Алтынай БАУЫРЖАНҚЫЗЫ,", "Алматы қаласы"));
    expect(tail.author).toBe("Алтынай БАУЫРЖАНҚЫЗЫ");
    expect(tail.body.map((l) => l.text)).toEqual(["Мәтін абзацы."]);
  });

  it("reads labelled bylines", () => {
    expect(splitAuthorTail(lines("Текст.", "Автор: Иван Петров")).author).toBe("Иван Петров");
    expect(splitAuthorTail(lines("Мәтін.", "Дайындаған: Ерлан Сейітов")).author).toBe("Ерлан Сейітов");
  });

  it("leaves ordinary closing lines in the body", () => {
    for (const last of ["Толығырақ ақпарат кейін берілетін болады.", "Фото: Алматы", "Жаңа Жол"]) {
      const tail = splitAuthorTail(lines("Мәтін.", last));
      expect(tail.author).toBeNull();
      expect(tail.body).toHaveLength(2);
    }
  });
});
