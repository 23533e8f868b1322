import { readFileSync } from "node:fs";
import { ZParsedItem, type TParsedItem } from "@tekser/contracts";
import { fixtureUrl } from "@tekser/fixtures";
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "./html-page-parser.ts";

const NURKZ = fixtureUrl("real/nurkz-article-ru.blade-stripped.html");
const EXAMPLE = new URL("../../fixtures/kz-news-article-ru.html", import.meta.url);
const fetchedAt = new Date("2026-03-14T06:00:00Z");

function parse(html: string, name = "page.html") {
  const result = parseHtmlPage(html, { name, fetchedAt });
  for (const item of result.items) expect(ZParsedItem.parse(item)).toEqual(item);
  return result;
}

function article(items: TParsedItem[]): TParsedItem {
  expect(items).toHaveLength(1);
  return items[0] as TParsedItem;
}

describe("NUR.KZ page with a placeholder body and real JSON-LD", () => {
  const { items, errors } = parse(readFileSync(NURKZ, "utf8"));
  const item = article(items);

  it("takes the body from JSON-LD articleBody, not the {{…}} DOM", () => {
    expect(errors).toEqual([]);
    expect(item.text).toMatch(/^Как сообщается в Telegram-канале Агентства по противодействию коррупции/);
    expect(item.text).toMatch(/дадут отсрочку по кредитам\.$/);
    expect(item.text).toContain('внедрению "окрашивания денег"'); // &quot; decoded
    expect(item.text).not.toMatch(/\{\{|\{!!|&quot;/);
  });

  it("reads the metadata from JSON-LD and OpenGraph", () => {
    expect(item).toMatchObject({
      kind: "article",
      location: "document",
      title: "Госорганы хотели нерационально потратить 17 млрд тенге в Казахстане",
      url: "https://www.nur.kz/politics/kazakhstan/2086925-bolshe-17-mlrd-tenge-hoteli-neratsionalno-potratit-na-borbu-s-pavodkami-v-kazahstane/",
      canonicalUrl:
        "https://www.nur.kz/politics/kazakhstan/2086925-bolshe-17-mlrd-tenge-hoteli-neratsionalno-potratit-na-borbu-s-pavodkami-v-kazahstane",
      site: "nur.kz",
      publishedAt: "2024-04-18T05:35:00.000Z",
      author: "Кристина Кривцанова",
      lang: "ru",
      originalSource: null,
      views: null,
      mediaUrls: ["https://cdn.nur.kz/images/1200x675/dcdf079ce3e7c9ec.jpeg?version=1"],
    });
  });
});

describe("page with a real DOM body and no JSON-LD", () => {
  const { items, errors } = parse(readFileSync(EXAMPLE, "utf8"));
  const item = article(items);

  it("reads the body with Readability, without navigation or footer", () => {
    expect(errors).toEqual([]);
    const paragraphs = item.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^В Караганде в 2026 году начнётся строительство/);
    expect(item.text).not.toMatch(/Главная|Все права|Источник/);
  });

  it("reads OpenGraph, meta tags and the source line", () => {
    expect(item).toMatchObject({
      title: "В Караганде построят новую школу",
      url: "https://m.example-news.kz/society/karaganda-school-2026/?utm_source=telegram&utm_medium=social",
      canonicalUrl: "https://example-news.kz/society/karaganda-school-2026",
      site: "example-news.kz",
      originalSource: "zakon.kz",
      publishedAt: "2026-03-14T06:20:00.000Z",
      author: "Данияр Омаров",
      lang: "ru",
      links: ["https://www.gov.kz/memleket/entities/karaganda-edu/press/news/details/123"],
      mediaUrls: ["https://cdn.example-news.kz/img/school.jpg"],
    });
  });
});

describe("pages that name their versions in other languages", () => {
  const KK_PAGE = new URL("../../fixtures/kz-news-article-kk-with-ru-version.html", import.meta.url);
  const RU_PAGE = new URL("../../fixtures/kz-news-article-ru-kk-version.html", import.meta.url);

  it("keeps the hreflang alternates, canonicalised, without the page itself, x-default or feeds", () => {
    const kk = article(parse(readFileSync(KK_PAGE, "utf8")).items);
    expect(kk).toMatchObject({
      lang: "kk",
      canonicalUrl: "https://example-agency.kz/kz/news/karagandy-nan-bagasy-2026",
    });
    expect(kk.languageVersions).toEqual(["https://example-agency.kz/ru/news/tsena-hleba-karaganda-2026"]);
    const ru = article(parse(readFileSync(RU_PAGE, "utf8")).items);
    expect(ru.languageVersions).toEqual([kk.canonicalUrl]);
  });

  it("has none when the page declares no alternates", () => {
    expect(article(parse(readFileSync(EXAMPLE, "utf8")).items).languageVersions).toEqual([]);
  });
});

describe("pages without an article body", () => {
  it("reports a located error for a page with only navigation", () => {
    const { items, errors } = parse(
      "<!doctype html><html><head><title>Басты бет</title></head><body><nav><a href='/'>Басты</a></nav></body></html>",
    );
    expect(items).toEqual([]);
    expect(errors).toEqual([
      { location: "document body", message: expect.stringMatching(/no article body found/), code: "htmlPage.noBody" },
    ]);
  });

  it("names the unfilled template when the DOM is placeholders and JSON-LD has no body", () => {
    const html = `<!doctype html><html><body><article><h1>{{$article->title}}</h1>${"<p>{{$article->description}} </p>".repeat(40)}</article></body></html>`;
    const { items, errors } = parse(html);
    expect(items).toEqual([]);
    expect(errors[0]?.message).toMatch(/unfilled template/);
  });

  it("reports a broken JSON-LD block and still uses the next one", () => {
    const html = `<!doctype html><html><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Тест","articleBody":"Бұл мақала мәтіні және оның мазмұны.","author":"Автор Аты","datePublished":"2026-03-14"}]}</script>
      </head><body></body></html>`;
    const { items, errors } = parse(html, "https://www.site.kz/a/1");
    expect(errors).toEqual([
      { location: "JSON-LD block 1", message: expect.stringMatching(/not valid JSON/), code: "htmlPage.badJsonLd" },
    ]);
    expect(article(items)).toMatchObject({
      title: "Тест",
      text: "Бұл мақала мәтіні және оның мазмұны.",
      author: "Автор Аты",
      site: "site.kz",
      lang: "kk",
      publishedAt: "2026-03-13T19:00:00.000Z",
    });
  });
  it("reads each innermost text block once: a quote's paragraph, not the quote and its paragraph", () => {
    const html = `<!doctype html><html><body><article><h1>Тақырып</h1>
      <p>Ауыл шаруашылығы министрлігі биыл егіс алқабын кеңейтетінін хабарлады.</p>
      <h2>Бидай алқабы 200 мың гектарға артады.</h2>
      <blockquote><p>Су жеткілікті болады, деді министр.</p></blockquote>
      <p>Жоспар көктемде бекітіледі.</p></article></body></html>`;
    const paragraphs = article(parse(html).items).text.split("\n\n");
    expect(paragraphs.slice(-4)).toEqual([
      "Ауыл шаруашылығы министрлігі биыл егіс алқабын кеңейтетінін хабарлады.",
      "Бидай алқабы 200 мың гектарға артады.",
      "Су жеткілікті болады, деді министр.",
      "Жоспар көктемде бекітіледі.",
    ]);
  });
});
