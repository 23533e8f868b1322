import { readFileSync } from "node:fs";
import { ZParsedItem } from "@tekser/contracts";
import { fixtureUrl } from "@tekser/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IngestParseError, parseInput, type ParseOutcome } from "./index.ts";

const fetchedAt = new Date("2026-03-14T06:00:00Z");
const SEED = fixtureUrl("qazaq24-article-page.txt");
const NURKZ = fixtureUrl("real/nurkz-article-ru.blade-stripped.html");
const encode = (s: string) => new TextEncoder().encode(s);

describe("parseInput", () => {
  it("detects a text dump and an HTML page from the content", () => {
    const text = parseInput({ name: "page.html", bytes: readFileSync(SEED), fetchedAt });
    expect(text.format).toBe("text-page");
    expect(text.items[0]?.title).toBe("Ақпараттық штаб жұмысын бастады");
    const html = parseInput({ name: "saved.txt", bytes: readFileSync(NURKZ), fetchedAt });
    expect(html.format).toBe("html-page");
    expect(html.items[0]?.site).toBe("nur.kz");
  });

  it("uses the name only as a hint for HTML without a doctype", () => {
    const fragment = encode("<div><p>Мәтін</p></div>");
    expect(parseInput({ name: "a.html", bytes: fragment, fetchedAt }).format).toBe("html-page");
    expect(parseInput({ name: "a.txt", bytes: fragment, fetchedAt }).format).toBe("text-page");
  });

  it("says why an input of another shape brought nothing, but takes a quiet source's empty answer as it is", () => {
    const noItems = (text: string, name = "input") => parseInput({ name, bytes: encode(text), fetchedAt }).errors;
    expect(noItems('{"a":{"a":{}}}')[0]).toMatchObject({
      location: "document",
      message: expect.stringMatching(/^no items found/),
    });
    expect(noItems("{}")[0]?.message).toMatch(/^no items found/);
    for (const empty of [
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Aikyn</title></channel></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Aikyn</title></feed>',
      '{"ok":true,"result":[]}',
      '{"version":"https://jsonfeed.org/version/1.1","title":"Aikyn","items":[]}',
      '{"response":{"count":0,"items":[]}}',
      "[]",
    ]) {
      expect(noItems(empty), empty).toEqual([]);
    }
  });

  it("honours an explicit format", () => {
    const outcome = parseInput({ name: "x", bytes: readFileSync(SEED), fetchedAt, format: "html-page" });
    expect(outcome.format).toBe("html-page");
  });

  it("throws IngestParseError with a location for unreadable input", () => {
    expect(() => parseInput({ name: "x", bytes: new Uint8Array(), fetchedAt })).toThrow(IngestParseError);
    expect(() =>
      parseInput({ name: "x", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), fetchedAt }),
    ).toThrow(/byte 4: .*NUL bytes/);
  });

  it("returns a located error, not a throw, for readable text with no article", () => {
    const outcome = parseInput({ name: "notes.txt", bytes: encode("сәлем\nәлем"), fetchedAt });
    expect(outcome.items).toEqual([]);
    expect(outcome.errors[0]?.location).toBe("line 1");
  });
});

// Lines in the shape of an aggregator dump, shuffled and mixed with noise, so the property
// reaches the parser's branches rather than stopping at the decoder.
const PAGE_LINES = [
  "Qazaq24.com",
  "Тақырып",
  "Тақырып",
  "Aikyn.KZ парақшасындағы деректерге сәйкес, Qazaq24.com ақпарат таратты..",
  "По данным Tengrinews.kz, Qazaq24.com",
  "Бұл мәтін.",
  "Алтынай БАУЫРЖАНҚЫЗЫ,",
  "Алматы қаласы",
  "seeКөрілімдер:99",
  "embedДереккөз:https://aikyn.kz",
  "archiveБұл хабарлама дереккөзден мұрағатталған 14 Наурыз 2026 03:59",
  "topЕң көп оқылғандар",
  "12 Наурыз 2026 10:29see161",
  "вчера в 21:40see5",
  "newsСоңғы жаңалықтар",
  "",
  "Дереккөз:",
  "Жарияланды: 31 ақпан 2026",
  "Автор:",
  "<!doctype html>",
  '<script type="application/ld+json">{"@type":"NewsArticle"',
];

function check(run: () => ParseOutcome): void {
  try {
    const outcome = run();
    for (const item of outcome.items) ZParsedItem.parse(item);
    for (const error of outcome.errors) expect(error.location).not.toBe("");
  } catch (e) {
    if (!(e instanceof IngestParseError)) throw e;
    expect(e.location).toMatch(/^(?:(?:byte|character|line) \d+|\$)/);
  }
}

describe("parseInput on arbitrary input", () => {
  it("returns a valid outcome or throws IngestParseError for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        check(() => parseInput({ name: "x.bin", bytes, fetchedAt })),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it("does so for any string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.constantFrom("x.txt", "x.html", "https://m.site.kz/a"),
        (s, name) => check(() => parseInput({ name, bytes: encode(s), fetchedAt })),
      ),
      { numRuns: 300 },
    );
  });

  it("does so for page-shaped text in either format", () => {
    const line = fc.oneof(fc.constantFrom(...PAGE_LINES), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom("text-page" as const, "html-page" as const, undefined),
        (lines, format) =>
          check(() => parseInput({ name: "page", bytes: encode(lines.join("\n")), fetchedAt, format })),
      ),
      { numRuns: 300 },
    );
  });
});
