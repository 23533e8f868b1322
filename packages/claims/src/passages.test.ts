import { describe, expect, it } from "vitest";
import { fingerprintText } from "./fingerprint.ts";
import { sameClaim } from "./match.ts";
import { lookupAnchors } from "./passages.ts";

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** Sentences of one long article, each of its own words. */
const SENTENCES = [
  "Еңбек министрлігі зейнет жасын бірден көтеру туралы шешім қабылданбағанын мәлімдеді",
  "Әлеуметтік желілерде таралған хабарламада Үкімет отырысының жасанды хаттамасы болған",
  "Ведомство азаматтарды ақпаратты ресми сайттан тексеруге шақырды",
  "Елімізде екі миллион үш жүз мыңнан астам зейнеткер тіркелген",
  "Сарапшылар кезеңмен ұлғайту еңбек нарығына бейімделуге уақыт беретінін айтады",
  "Мәжіліс депутаты кез келген түзету алдымен парламентте талқыланатынын жеткізді",
  "Кеңес орталықтары жұма сайын тегін консультация өткізеді",
  "Астана Алматы Шымкент қалаларында мамандар жинақтар бойынша сұрақтарға жауап береді",
  "Биыл төлемдерге республикалық бюджеттен бес триллион теңге қарастырылған",
  "Жалған дәйексөз таратқан арналардың әкімшілеріне ескерту жасалды",
  "Полиция департаменті интернет алаяқтарының жаңа тәсілдері туралы хабарлады",
  "Министрдің орынбасары аймақтардағы әкімдіктермен кездесу өткізетінін айтты",
];
const ARTICLE = SENTENCES.join(". ") + ".";

describe("lookupAnchors", () => {
  it("looks a short text up by all its anchors", () => {
    expect(lookupAnchors(range(1, 20))).toBeNull();
    expect(fingerprintText(SENTENCES[0] as string).lookupPassages).toBeUndefined();
  });

  it("keeps a long text's first anchors and one of every three after them", () => {
    const inOrder = range(1000, 110).reverse();
    const lookup = new Set(lookupAnchors(inOrder));
    for (const anchor of inOrder.slice(0, 20)) expect(lookup.has(anchor)).toBe(true);
    for (let start = 20; start + 3 <= inOrder.length; start++)
      expect(inOrder.slice(start, start + 3).some((anchor) => lookup.has(anchor))).toBe(true);
    expect(lookup.size).toBeLessThan(inOrder.length / 2);
    expect([...(lookupAnchors(inOrder) ?? [])]).toEqual([...lookup].sort((a, b) => a - b));
  });

  it("finds, from a long article, every stored quote of two of its sentences that it matches", () => {
    const article = fingerprintText(ARTICLE);
    expect(article.lookupPassages?.length).toBeLessThan(article.passages.length);
    const lookup = new Set(article.lookupPassages);
    for (let at = 0; at + 1 < SENTENCES.length; at++) {
      const quote = fingerprintText(`Маңызды ақпарат 👇\n\n${SENTENCES[at]}. ${SENTENCES[at + 1]}.`);
      expect(sameClaim(quote, article)).not.toBeNull();
      expect(quote.passages.some((anchor) => lookup.has(anchor))).toBe(true);
    }
  });
});

describe("passage anchors", () => {
  // A line a page prints under each of its paragraphs, as a photo credit or a section's slogan is.
  const CREDIT = "Суретті түсірген Асқар Жұмабаев арнайы тілшіміз";
  const anchorsOf = (text: string) => new Set(fingerprintText(text).passages);

  it("leave out a phrase the text repeats in paragraph after paragraph: the page's own boilerplate", () => {
    const page = SENTENCES.slice(0, 6)
      .map((sentence) => `${sentence}. ${CREDIT}.`)
      .join("\n\n");
    const pageAnchors = anchorsOf(page);
    expect([...anchorsOf(CREDIT)].filter((anchor) => pageAnchors.has(anchor))).toEqual([]);
    // Its paragraphs are still passages: a quote of two of them is a copy.
    expect(sameClaim(fingerprintText(`${SENTENCES[2]}. ${SENTENCES[3]}.`), fingerprintText(page))).not.toBeNull();
  });

  it("keep a phrase the text says only twice, as a headline repeated in the lead", () => {
    const text = `${CREDIT}. ${SENTENCES[0]}. ${SENTENCES[1]}. ${CREDIT}.`;
    const textAnchors = anchorsOf(text);
    expect([...anchorsOf(CREDIT)].some((anchor) => textAnchors.has(anchor))).toBe(true);
  });
});
