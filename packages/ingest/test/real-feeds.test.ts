import { readFileSync } from "node:fs";
import { ZParsedItem } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { parseFixture, REAL_DIR } from "./fixture.ts";

// rss-parser's own expected output (see fixtures/README.md at the repository root): we compare
// the item count and titles, which must survive every encoding these feeds use.
function expectedTitles(name: string): (string | undefined)[] {
  const bytes = readFileSync(new URL(`${name}.expected.json`, REAL_DIR));
  // Some of rss-parser's expected files were saved in the feed's own Latin-1 encoding.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("latin1").decode(bytes);
  }
  const json = JSON.parse(text) as { feed: { items: { title?: string }[] } };
  return json.feed.items.map((item) => item.title);
}

const FEEDS: [file: string, expected: string][] = [
  ["content-encoded.rss", "content-encoded"],
  ["encoding-gb2312.xml", "encoding-gb2312"],
  ["encoding.rss", "encoding"],
  ["gulp-atom.atom", "gulp-atom"],
  ["heise.atom", "heise"],
  ["heraldsun.rss", "heraldsun"],
  ["instant-article.rss", "instant-article"],
  ["latin2.rss", "latin2"],
  ["reddit-atom.rss", "reddit-atom"],
];

describe("real-world feeds from rss-parser", () => {
  it.each(FEEDS)("%s yields every item with rss-parser's titles", (file, expected) => {
    const outcome = parseFixture(file, { dir: REAL_DIR });
    expect(outcome.format).toBe("feed");
    expect(outcome.errors).toEqual([]);
    expect(outcome.items.map((i) => i.title)).toEqual(
      expectedTitles(expected).map((t) => t?.trim().replace(/\s+/g, " ") ?? null),
    );
    for (const item of outcome.items) ZParsedItem.parse(item);
  });

  it("decodes an undeclared ISO-8859-1 feed and its Portuguese RFC-822 dates", () => {
    const outcome = parseFixture("uolNoticias.rss", { dir: REAL_DIR });
    expect(outcome.items).toHaveLength(15);
    expect(outcome.items[0]).toMatchObject({
      title: "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
      publishedAt: "2018-09-24T22:42:40.000Z",
    });
  });

  it("reads ISO-8859-2 and GB2312 declared in the prolog", () => {
    expect(parseFixture("latin2.rss", { dir: REAL_DIR }).items[0]?.author).toBe("Adam Gżegżółka");
    expect(parseFixture("encoding-gb2312.xml", { dir: REAL_DIR }).items[0]?.text).toContain("腾讯科技讯");
  });

  it("resolves Atom links relative to the feed", () => {
    expect(parseFixture("gulp-atom.atom", { dir: REAL_DIR }).items[0]?.url).toBe(
      "https://github.com/gulpjs/gulp/releases/tag/v3.9.0",
    );
  });

  it("locates entries with no content in degenerate feeds", () => {
    for (const file of ["incomplete-fields.atom", "missing-fields.atom"]) {
      const outcome = parseFixture(file, { dir: REAL_DIR });
      expect(outcome.items).toEqual([]);
      expect(outcome.errors).toEqual([
        { location: "feed.entry[0]", message: "the entry has neither a title nor a body", code: "feed.entryEmpty" },
      ]);
    }
  });
});
