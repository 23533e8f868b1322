import { ZParsedItem } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { MAX_ELEMENT_DEPTH } from "../src/html-page/element-depth.ts";
import { MAX_FIELD_CHARS } from "../src/field-limits.ts";
import { IngestParseError, parseInput, parseLocalDate } from "../src/index.ts";
import { encode, fetchedAt } from "./fixture.ts";

// What the parsers do with inputs built to be expensive: each stays a readable input with its
// items and located errors. That they also finish in time is checked on the parsing thread,
// which stops an input past its deadline (packages/api ingest-parse-budget.test.ts).

const PARAGRAPH =
  "<p>Алматыда жаңа метро бекеті ашылды, деп хабарлайды қала әкімдігі. Бекет күніне он мың жолаушыға қызмет көрсетеді.</p>";
const ARTICLE_LD = JSON.stringify({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "Метро",
  articleBody: "Алматыда жаңа метро бекеті ашылды.",
});

const nestedPage = (depth: number, head = "") =>
  `<!doctype html><html><head><title>Метро</title>${head}</head><body>${"<div>".repeat(depth)}${PARAGRAPH}${"</div>".repeat(depth)}</body></html>`;

function parse(name: string, text: string) {
  const outcome = parseInput({ name, bytes: encode(text), fetchedAt });
  for (const item of outcome.items) ZParsedItem.parse(item);
  return outcome;
}

describe("element nesting before Readability", () => {
  it("reads a page nested to the limit as before", () => {
    // <html> and <body> are two of the levels.
    const { items, errors } = parse("page.html", nestedPage(MAX_ELEMENT_DEPTH - 3));
    expect(errors).toEqual([]);
    expect(items[0]?.text).toContain("Алматыда жаңа метро бекеті ашылды");
  });

  it("refuses the body of a page nested deeper with a located error, and still reads its JSON-LD", () => {
    const { items, errors } = parse(
      "page.html",
      nestedPage(MAX_ELEMENT_DEPTH + 1, `<script type="application/ld+json">${ARTICLE_LD}</script>`),
    );
    expect(errors).toEqual([
      {
        location: `document body, element at depth ${MAX_ELEMENT_DEPTH + 1} (html > body > div > … > div > div)`,
        message: `elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep: the body was not read from the page (only its JSON-LD)`,
        code: "htmlPage.nestedTooDeep",
        params: { maxDepth: MAX_ELEMENT_DEPTH },
      },
    ]);
    expect(items).toMatchObject([{ title: "Метро", text: "Алматыда жаңа метро бекеті ашылды." }]);
  });

  it("a page of 3,200 nested divs without JSON-LD is an input with located errors and no item", () => {
    const { items, errors } = parse("page.html", nestedPage(3200));
    expect(items).toEqual([]);
    expect(errors.map((error) => error.location)).toEqual([
      expect.stringContaining(`depth ${MAX_ELEMENT_DEPTH + 1}`),
      "document body",
    ]);
  });
});

describe("dates longer than any printed date", () => {
  it("are no date, whatever they hold", () => {
    const padded = `14 марта 2026 ${"а".repeat(200)}`;
    expect(parseLocalDate("14 марта 2026", { now: fetchedAt })).not.toBeNull();
    expect(parseLocalDate(padded, { now: fetchedAt })).toBeNull();
  });

  it("a feed entry with a 64 kB pubDate is stored without a date", () => {
    const feed = `<rss version="2.0"><channel><link>https://aikyn.kz/</link><item><title>Метро</title><link>https://aikyn.kz/1</link><description>Алматыда жаңа метро бекеті ашылды.</description><pubDate>${"a".repeat(65536)}</pubDate></item></channel></rss>`;
    const { items, errors } = parse("feed.rss", feed);
    expect(errors).toEqual([]);
    expect(items).toMatchObject([{ title: "Метро", publishedAt: null }]);
  });
});

describe("field lengths", () => {
  it("cuts titles and authors to the limit and leaves out longer URLs", () => {
    const longUrl = `https://aikyn.kz/${"a".repeat(MAX_FIELD_CHARS)}`;
    const feed =
      `<rss version="2.0"><channel><link>https://aikyn.kz/</link><item><title>${"Т".repeat(5000)}</title><link>${longUrl}</link><author>${"Б".repeat(5000)}</author>` +
      `<description>Алматыда &lt;a href="${longUrl}"&gt;жаңа&lt;/a&gt; метро &lt;a href="https://aikyn.kz/2"&gt;бекеті&lt;/a&gt; ашылды.</description></item></channel></rss>`;
    const [item] = parse("feed.rss", feed).items;
    expect(item?.title).toBe(`${"Т".repeat(MAX_FIELD_CHARS - 1)}…`);
    expect(item?.author).toBe(`${"Б".repeat(MAX_FIELD_CHARS - 1)}…`);
    expect(item).toMatchObject({ url: null, canonicalUrl: null, links: ["https://aikyn.kz/2"] });
  });

  it("never splits a character written as two UTF-16 units", () => {
    const title = `${"Т".repeat(MAX_FIELD_CHARS - 2)}😀${"Т".repeat(10)}`;
    const [item] = parse(
      "feed.rss",
      `<rss version="2.0"><channel><link>https://aikyn.kz/</link><item><title>${title}</title><description>Алматыда метро.</description></item></channel></rss>`,
    ).items;
    expect(item?.title).toBe(`${"Т".repeat(MAX_FIELD_CHARS - 2)}…`);
  });
});

describe("CSV quotes", () => {
  it("keeps a quote inside an unquoted field as a character instead of skipping the row", () => {
    const { items, errors } = parse("x.csv", 'text,url\nАстана "Су арнасы" хабарлады,https://aikyn.kz/1\n');
    expect(errors).toEqual([]);
    expect(items).toMatchObject([{ text: 'Астана "Су арнасы" хабарлады' }]);
  });
});

describe("long runs that made patterns try every split", () => {
  it("an attribution-like line with a long run of spaces is read as a line", () => {
    const page = [
      "Qazaq24.com",
      "Метро ашылды",
      "Метро ашылды",
      `Жарияланды: ${" ".repeat(4000)}14 марта 2026`,
      "Алматыда метро ашылды.",
    ].join("\n");
    const [item] = parse("page.txt", page).items;
    expect(item).toMatchObject({ title: "Метро ашылды", text: "Алматыда метро ашылды.", originalSource: null });
  });
});

describe("nesting deeper than the call stack", () => {
  it.each([
    [
      "result.json",
      `{"messages":[{"id":1,"type":"message","date":"2026-03-14T10:00:00","text":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`,
    ],
    [
      "page.html",
      `<!doctype html><html><head><script type="application/ld+json">${"[".repeat(100_000)}${"]".repeat(100_000)}</script></head><body><p>x</p></body></html>`,
    ],
  ])("refuses %s as a whole with a located error, not a crash that fails the other inputs", (name, text) => {
    expect(() => parseInput({ name, bytes: encode(text), fetchedAt })).toThrow(IngestParseError);
    expect(() => parseInput({ name, bytes: encode(text), fetchedAt })).toThrow(
      /^document: the input is nested too deeply to read/,
    );
  });
});
