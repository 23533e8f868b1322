import {
  INGEST_ERROR_MESSAGES,
  UI_LOCALES,
  wordIngestError,
  wordIngestLocation,
  type TIngestErrorCode,
} from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { IngestParseError, parseInput, type LocatedError, type ParseInputOptions } from "./index.ts";

const fetchedAt = new Date("2026-03-14T06:00:00Z");
const encode = (s: string) => new TextEncoder().encode(s);

/** The refusal of one input: the error that refused it whole, or its located errors. */
function refusals(
  name: string,
  text: string | Uint8Array,
  options: Pick<ParseInputOptions, "format" | "csvMapping"> = {},
): LocatedError[] {
  const bytes = typeof text === "string" ? encode(text) : text;
  try {
    return parseInput({ name, bytes, fetchedAt, ...options }).errors;
  } catch (error) {
    if (!(error instanceof IngestParseError)) throw error;
    return [{ location: error.location, message: error.message, ...error.coded }];
  }
}

const placeholders = (wording: string) => [...wording.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");

describe("[INGEST][CODES] refusals carry a code and the parameters its wording names", () => {
  const cases: [TIngestErrorCode, LocatedError[]][] = [
    ["input.empty", refusals("empty.txt", new Uint8Array())],
    ["input.whitespaceOnly", refusals("blank.txt", "   \n\n  ")],
    ["input.binary", refusals("image.bin", new Uint8Array([0x89, 0x50, 0x00, 0x47]))],
    ["json.truncated", refusals("cut.json", '{"messages": [{"text": "Үкімет')],
    ["json.notObject", refusals("list.json", "42", { format: "telegram-export" })],
    ["textPage.noArticle", refusals("page.txt", "Бір жол.\nЕкінші жол, тақырыбы жоқ.\n")],
    ["feed.htmlPage", refusals("feed.xml", "<!doctype html><html><body>Not a feed</body></html>", { format: "feed" })],
    ["csv.noTextColumn", refusals("posts.csv", "date,views\n2026-03-01,4\n", { format: "csv" })],
    [
      "csv.mappedColumnMissing",
      refusals("posts.csv", "date,views\n2026-03-01,4\n", { format: "csv", csvMapping: { text: "body" } }),
    ],
    [
      "input.apiError",
      refusals("updates.json", '{"ok": false, "error_code": 401, "description": "Unauthorized"}', {
        format: "telegram-bot",
      }),
    ],
    [
      "input.apiError",
      refusals("wall.json", '{"error": {"error_code": 5, "error_msg": "User authorization failed"}}', {
        format: "vk-wall",
      }),
    ],
    [
      "input.apiError",
      refusals("tweets.json", '{"errors": [{"title": "Not Found Error", "detail": "Could not find tweet"}]}', {
        format: "x-api",
      }),
    ],
    [
      "record.notObject",
      refusals("result.json", '{"name": "Арна", "messages": [42, {"id": 2, "type": "message", "text": "Жаңалық"}]}', {
        format: "telegram-export",
      }),
    ],
    [
      "record.noId",
      refusals("result.json", '{"name": "Арна", "messages": [{"type": "message", "text": "Жаңалық"}]}', {
        format: "telegram-export",
      }),
    ],
    ["record.noId", refusals("wall.json", '{"response": {"items": [{"text": "Жаңалық"}]}}', { format: "vk-wall" })],
    [
      "post.noText",
      refusals("result.json", '{"name": "Арна", "messages": [{"id": 7, "type": "message", "text": ""}]}', {
        format: "telegram-export",
      }),
    ],
    [
      "post.noText",
      refusals("posts.csv", "text,url\n,https://t.me/kanal/3\nЖаңалық,https://t.me/kanal/4\n", { format: "csv" }),
    ],
    [
      "feed.entryEmpty",
      refusals(
        "feed.xml",
        '<rss version="2.0"><channel><title>Арна</title><item><link>https://example.kz/1</link></item></channel></rss>',
        { format: "feed" },
      ),
    ],
    [
      "htmlPage.noBody",
      refusals("page.html", "<html><head><title>Бет</title></head><body></body></html>", { format: "html-page" }),
    ],
    [
      "htmlPage.unfilledTemplate",
      refusals("page.html", "<html><body><article><h1>{{ title }}</h1><p>{{ body }}</p></article></body></html>", {
        format: "html-page",
      }),
    ],
    [
      "htmlPage.nestedTooDeep",
      refusals("page.html", `<html><body>${"<div>".repeat(300)}Мәтін${"</div>".repeat(300)}</body></html>`, {
        format: "html-page",
      }),
    ],
    [
      "htmlPage.badJsonLd",
      refusals(
        "page.html",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head><body><p>Мәтін</p></body></html>',
        { format: "html-page" },
      ),
    ],
  ];

  for (const [code, errors] of cases) {
    it(`${code}: worded in kk, ru and en with every placeholder filled`, () => {
      const error = errors.find((candidate) => candidate.code === code);
      expect(error, JSON.stringify(errors)).toBeDefined();
      for (const name of placeholders(INGEST_ERROR_MESSAGES[code].en))
        expect(error?.params, `{${name}}`).toHaveProperty(name);
      for (const locale of UI_LOCALES) expect(wordIngestError(error ?? {}, locale)).not.toMatch(/\{\w+\}/);
      // The English message stays whole for the CLI and the pull API.
      expect(error?.message.length).toBeGreaterThan(10);
    });
  }

  it("words every code in all three languages with the same placeholders", () => {
    for (const [code, wording] of Object.entries(INGEST_ERROR_MESSAGES)) {
      for (const locale of UI_LOCALES) {
        expect(wording[locale].trim(), `${code} in ${locale}`).not.toBe("");
        expect(placeholders(wording[locale]).sort(), `${code} in ${locale}`).toEqual(placeholders(wording.en).sort());
      }
    }
  });

  it("words a parser's line, byte and document locations, and leaves paths as written", () => {
    expect(wordIngestLocation("line 3, column 7", "ru")).toBe("строка 3, столбец 7");
    expect(wordIngestLocation("line 12", "kk")).toBe("12-жол");
    expect(wordIngestLocation("document", "kk")).toBe("бүкіл құжат");
    expect(wordIngestLocation("$.messages[2]", "ru")).toBe("$.messages[2]");
    expect(wordIngestLocation("record 4 (line 5)", "kk")).toBe("4-жазба (5-жол)");
    expect(wordIngestLocation("JSON-LD block 2", "ru")).toBe("блок JSON-LD 2");
    expect(wordIngestLocation("document body, element at depth 257 (html > body > div)", "ru")).toBe(
      "текст страницы, глубина 257 (html > body > div)",
    );
  });
});
