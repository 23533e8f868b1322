import { describe, expect, it } from "vitest";
import { isCoveredBy } from "./coverage.ts";
import { fingerprintText } from "./fingerprint.ts";

const ARTICLE =
  "Еңбек министрлігі зейнет жасын қайта көтеру туралы шешім қабылданған жоқ деп мәлімдеді. Бұған дейін " +
  "бірқатар арналарда әйелдердің зейнет жасы алпыс бес жасқа дейін бірден көтеріледі деген хабар тарады. " +
  "Министрліктің баспасөз қызметі заңнамаға мұндай түзету енгізілмегенін атап өтті.";

describe("isCoveredBy", () => {
  const article = fingerprintText(ARTICLE);

  it("covers a repost under a one-line comment and an aggregator copy with its header", () => {
    expect(isCoveredBy(fingerprintText(`Тағы бір фейк пе? 👇\n${ARTICLE}`), article)).toBe(true);
    expect(isCoveredBy(fingerprintText(`Басты бет › Қоғам\naikyn.kz деректеріне сәйкес, ${ARTICLE}`), article)).toBe(
      true,
    );
  });

  it("covers a repost that runs the story's headline, ending in a number, into its text", () => {
    const story = fingerprintText(`Зейнетақы жаңалықтары №12\n${ARTICLE}`);
    expect(isCoveredBy(fingerprintText(`Зейнетақы жаңалықтары №12: ${ARTICLE}`), story)).toBe(true);
  });

  it("does not cover a text that adds a paragraph of its own", () => {
    const commented = `${ARTICLE}\nБіздің редакция сарапшылармен сөйлесті: экономист Асқар Нұрлановтың пікірінше, бюджет тапшылығы мен халықтың қартаюы үкіметті бәрібір реформаға итермелейді, сондықтан келесі жылы жаңа заң жобасы парламентке түсуі әбден мүмкін.`;
    expect(isCoveredBy(fingerprintText(commented), article)).toBe(false);
  });

  it("does not cover a copy that states a figure, a place or a month the indexed text does not", () => {
    expect(isCoveredBy(fingerprintText(`${ARTICLE} Бұл 2027 жылы қайта қаралады.`), article)).toBe(false);
    expect(isCoveredBy(fingerprintText(`Алматыда: ${ARTICLE}`), article)).toBe(false);
  });

  it("does not cover the longer text by its excerpt, nor a headline by its article", () => {
    const excerpt = fingerprintText(ARTICLE.split(". ")[0] ?? "");
    expect(isCoveredBy(article, excerpt)).toBe(false);
    expect(isCoveredBy(fingerprintText("Зейнет жасы көтерілмейді"), article)).toBe(false);
  });
});
