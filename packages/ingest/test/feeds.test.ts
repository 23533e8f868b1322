import { ZParsedItem } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { parseFixture } from "./fixture.ts";

describe("RSS 2.0", () => {
  const outcome = parseFixture("rss2-kk.rss");
  const [first, second] = outcome.items;

  it("reads CDATA content:encoded, dc:creator, media:content, entities and the canonical URL", () => {
    expect(outcome.format).toBe("feed");
    expect(first).toMatchObject({
      kind: "article",
      location: "rss.channel.item[0]",
      site: "aikyn.kz",
      title: "Ақпараттық штаб жұмысын бастады & брифинг өтті",
      url: "https://m.aikyn.kz/news/2026/03/14/shtab?utm_source=rss&utm_medium=feed",
      canonicalUrl: "https://aikyn.kz/news/2026/03/14/shtab",
      author: "Алтынай Бауыржанқызы",
      publishedAt: "2026-03-13T22:59:00.000Z",
      lang: "kk",
      links: ["https://gov.kz/memleket/entities/info"],
      mediaUrls: ["https://aikyn.kz/uploads/shtab.jpg"],
    });
    expect(first?.text).toMatch(/^Ақпараттық штаб бүгіннен бастап жұмыс істейді\. Штаб/);
    expect(first?.text).not.toContain("<p>");
  });

  it("unescapes an entity-encoded description and credits the <source> outlet", () => {
    expect(second).toMatchObject({
      text: "Алматы қаласында 1200 орындық жаңа мектеп пайдалануға берілді.",
      originalSource: "kazinform.kz",
      publishedAt: "2026-03-13T10:15:00.000Z",
      mediaUrls: ["https://aikyn.kz/uploads/mektep.jpg"],
    });
  });

  it("rejects an entry with neither title nor body, keeping the others", () => {
    expect(outcome.items).toHaveLength(2);
    expect(outcome.errors).toMatchObject([
      { location: "rss.channel.item[2]", message: "the entry has neither a title nor a body" },
    ]);
    for (const item of outcome.items) ZParsedItem.parse(item);
  });
});

describe("RSS 2.0 for Yandex.News and Turbo pages", () => {
  const outcome = parseFixture("rss2-yandex-ru.rss");
  const [fullText, turbo] = outcome.items;

  it("reads the whole article from yandex:full-text rather than the lead in description", () => {
    expect(outcome.format).toBe("feed");
    expect(fullText?.text).toBe(
      "В Мартукском районе Актюбинской области уровень реки Илек за сутки поднялся на 1,2 метра, сообщает ДЧС региона.\n\n" +
        "Из подтопленных домов эвакуированы 340 человек, среди них 97 детей. Пункты временного размещения открыты в школах Мартука.",
    );
    expect(fullText).toMatchObject({
      lang: "ru",
      publishedAt: "2026-03-14T04:12:00.000Z",
      mediaUrls: ["https://kzhabar.kz/uploads/ilek.jpg"],
    });
  });

  it("reads turbo:content without the Turbo page's header, keeping its links", () => {
    expect(turbo?.text).toBe(
      "Хлеб в Казахстане с марта подорожает на 40%, утверждают в соцсетях.\n\nВ ассоциации мукомолов заявили, что цены на муку выросли на 8%.",
    );
    expect(turbo?.links).toEqual(["https://example.kz/mukomoly"]);
  });
});

describe("RSS 1.0 (RDF)", () => {
  it("reads items beside the channel with dc:date, dc:creator and a Russian attribution", () => {
    const outcome = parseFixture("rss1-rdf-ru.rdf");
    expect(outcome.items).toHaveLength(2);
    expect(outcome.items[0]).toMatchObject({
      location: "rdf:RDF.item[0]",
      site: "tengrinews.kz",
      canonicalUrl: "https://tengrinews.kz/news/1",
      author: "Иван Петров",
      publishedAt: "2026-03-14T04:30:00.000Z",
      originalSource: "Kazinform",
      lang: "ru",
    });
  });
});

describe("Atom", () => {
  const outcome = parseFixture("atom-ru.atom");

  it("resolves relative links against xml:base and reads XHTML content and html titles", () => {
    expect(outcome.items[0]).toMatchObject({
      url: "https://informburo.kz/novosti/minzdrav-oproverg.html",
      title: "Минздрав опроверг слухи о карантине",
      author: "Айгерим Сапарова",
      publishedAt: "2026-03-14T07:45:00.000Z",
      editedAt: "2026-03-14T07:50:00.000Z",
      originalSource: "gov.kz",
      mediaUrls: ["https://informburo.kz/img/q.jpg"],
    });
    expect(outcome.items[0]?.text).toContain("карантин в стране не вводится");
  });

  it("falls back to updated and summary", () => {
    expect(outcome.items[1]).toMatchObject({
      publishedAt: "2026-03-13T13:00:00.000Z",
      text: "Синоптики обещают потепление до +15 градусов.",
    });
  });
});

describe("JSON Feed", () => {
  it("reads content_html, content_text, authors and attachments; locates a bad item", () => {
    const outcome = parseFixture("json-feed-kk.json");
    expect(outcome.format).toBe("json-feed");
    expect(outcome.items[0]).toMatchObject({
      canonicalUrl: "https://egemen.kz/article/1",
      author: "Ерлан Сейітов",
      publishedAt: "2026-03-14T05:00:00.000Z",
      editedAt: null,
      mediaUrls: ["https://egemen.kz/img/1.jpg", "https://egemen.kz/audio/1.mp3"],
      lang: "kk",
    });
    expect(outcome.items[1]?.text).toBe(
      "Қазақстанда бидай экспорты 10 пайызға өсті.\n\nБұл туралы министрлік хабарлады.",
    );
    expect(outcome.errors).toMatchObject([{ location: "$.items[2]", message: "the item is not a JSON object" }]);
  });
});

describe("feed encodings", () => {
  it("decodes windows-1251 declared in the XML prolog", () => {
    const outcome = parseFixture("rss2-windows-1251.rss");
    expect(outcome.items[0]).toMatchObject({
      title: "В Караганде отремонтируют 40 улиц",
      lang: "ru",
      publishedAt: "2026-03-14T07:00:00.000Z",
    });
  });
});
