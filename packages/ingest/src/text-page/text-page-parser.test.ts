import { readFileSync } from "node:fs";
import { ZParsedItem, type TParsedItem } from "@tekser/contracts";
import { fixtureUrl } from "@tekser/fixtures";
import { describe, expect, it } from "vitest";
import { parseTextPage } from "./text-page-parser.ts";

const SEED = fixtureUrl("qazaq24-article-page.txt");
const RU_PAGE = new URL("../../fixtures/qazaq24-article-page-ru.txt", import.meta.url);
const KK_PAGE = new URL("../../fixtures/aqparat24-article-page-kk.txt", import.meta.url);
const fetchedAt = new Date("2026-03-14T06:00:00Z");

function parseFile(url: URL, name = "page.txt") {
  const result = parseTextPage(readFileSync(url, "utf8"), { name, fetchedAt });
  for (const item of result.items) expect(ZParsedItem.parse(item)).toEqual(item);
  return result;
}

function only<T>(values: T[]): T {
  expect(values).toHaveLength(1);
  return values[0] as T;
}

describe("Qazaq24 Kazakh seed page", () => {
  const { items, errors } = parseFile(SEED);
  const article = only(items.filter((i) => i.kind === "article"));
  const headlines = items.filter((i) => i.kind === "headline");

  it("finds the article with every field", () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({
      location: "line 48",
      parentLocation: null,
      title: "Ақпараттық штаб жұмысын бастады",
      lang: "kk",
      site: "qazaq24.com",
      originalSource: "aikyn.kz",
      author: "Алтынай БАУЫРЖАНҚЫЗЫ",
      views: 99,
      archivedAt: "2026-03-13T22:59:00.000Z",
      publishedAt: null,
      url: null,
      canonicalUrl: null,
      reposts: null,
    });
  });

  it("keeps only the body paragraphs in the text", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Аталған штаб саяси науқан/);
    expect(paragraphs.at(-1)).toMatch(/^Брифинг соңында.*сүйенуге үндеді\.$/);
    for (const boilerplate of [
      "Шалқардың шырайы кірді",
      "парақшасындағы деректерге сәйкес",
      "Жағдайды бақылауды",
      "Көрілімдер",
      "Дереккөз",
      "мұрағатталған",
      "Пікірлер",
      "Ең көп оқылғандар",
      "БАУЫРЖАНҚЫЗЫ",
      "Алматы қаласы\n",
      "Qazaq24",
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
    expect(article.text.endsWith("Алматы қаласы")).toBe(false);
  });

  it("reads the most-read list as headlines inside the article", () => {
    expect(headlines).toHaveLength(20);
    expect(headlines[0]).toMatchObject({
      location: "line 80",
      parentLocation: "line 48",
      site: "qazaq24.com",
      title: "Шалқардың шырайы кірді",
      text: "Шалқардың шырайы кірді",
      publishedAt: "2026-03-12T05:29:00.000Z",
      views: 161,
      lang: "kk",
    });
    expect(headlines.at(-1)).toMatchObject({
      location: "line 156",
      title: "Астанада көлік салығын төлемеген жүргізушілерге ескерту жасалды",
      publishedAt: "2026-03-12T12:13:00.000Z",
      views: 107,
    });
    expect(headlines.every((h) => h.views !== null && h.publishedAt !== null)).toBe(true);
    expect(headlines.map((h) => h.title)).not.toContain("Қазір ең көп талқыланатын оқиғалар");
  });

  it("takes a URL input name as the article URL", () => {
    const { items: withUrl } = parseTextPage(readFileSync(SEED, "utf8"), {
      name: "https://m.qazaq24.com/kk/news/123/?utm_source=tg",
      fetchedAt,
    });
    expect(withUrl[0]?.url).toBe("https://m.qazaq24.com/kk/news/123/?utm_source=tg");
    expect(withUrl[0]?.canonicalUrl).toBe("https://qazaq24.com/kk/news/123");
  });
});

describe("Qazaq24 Russian page", () => {
  const { items, errors } = parseFile(RU_PAGE);
  const [article, ...headlines] = items as [TParsedItem, ...TParsedItem[]];

  it("finds the Russian article, its date, source and byline", () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({
      kind: "article",
      title: "Аким Астаны рассказал о ремонте дорог летом",
      lang: "ru",
      site: "qazaq24.com",
      originalSource: "tengrinews.kz",
      author: "Асель НУРЛАНОВА",
      views: 1204,
      publishedAt: "2026-03-14T05:15:00.000Z",
      archivedAt: "2026-03-14T05:20:00.000Z",
      links: ["https://tengrinews.kz/kazakhstan_news/remont-dorog-astana-123456/"],
    });
    expect(article.text.split("\n\n")).toHaveLength(3);
    expect(article.text).not.toMatch(/По данным|Следите|Просмотры|НУРЛАНОВА|14 марта/);
  });

  it("reads Russian most-read entries, including a relative date", () => {
    expect(headlines.map((h) => [h.title, h.publishedAt, h.views])).toEqual([
      ["В Алматы открылся новый мост через Большую Алматинку", "2026-03-13T04:05:00.000Z", 240],
      ["Курс тенге укрепился к доллару", "2026-03-12T13:30:00.000Z", 198],
      ["Вчера в Шымкенте прошёл фестиваль", "2026-03-13T16:40:00.000Z", 150],
    ]);
    expect(
      headlines.every((h) => h.kind === "headline" && h.lang === "ru" && h.parentLocation === article.location),
    ).toBe(true);
  });
});

describe("Kazakh page without a most-read block", () => {
  const { items, errors } = parseFile(KK_PAGE);
  const article = only(items);

  it("handles single-spaced lines, a labelled byline and different boilerplate", () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({
      kind: "article",
      location: "line 6",
      title: "Алматыда жаңа саябақ ашылды",
      lang: "kk",
      site: "aqparat24.kz",
      originalSource: "inform.kz",
      author: "Ерлан Сейітов",
      views: 1520,
      publishedAt: "2026-03-10T04:40:00.000Z",
      archivedAt: null,
    });
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(article.text).not.toMatch(/Telegram|Дайындаған|Instagram|Қаралым|Kazinform/);
  });

  it("falls back to the line above the attribution when the title is printed once", () => {
    const text = readFileSync(KK_PAGE, "utf8").replace("Алматыда жаңа саябақ ашылды\nАлматыда", "Алматыда");
    const noDate = text.replace(/^Жарияланды:.*\n/m, "");
    const result = parseTextPage(noDate, { name: "page.txt", fetchedAt });
    expect(result.items[0]).toMatchObject({ title: "Алматыда жаңа саябақ ашылды", originalSource: "inform.kz" });
  });
});

describe("pages without an article", () => {
  it("reports a located error instead of throwing", () => {
    const result = parseTextPage("Menu\nSome line\nAnother line\n", { name: "x.txt", fetchedAt });
    expect(result.items).toEqual([]);
    expect(only(result.errors)).toMatchObject({
      location: "line 1",
      message: expect.stringMatching(/no article found/),
    });
  });

  it("reports an article whose body is empty at its title line", () => {
    const text = "Site.kz\n\nТақырып бар\n\nТақырып бар\n\nseeКөрілімдер:5\n";
    const result = parseTextPage(text, { name: "x.txt", fetchedAt });
    expect(result.items).toEqual([]);
    expect(only(result.errors)).toMatchObject({ location: "line 3", message: expect.stringMatching(/has no body/) });
  });
});
