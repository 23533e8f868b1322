import { ZParsedItem } from "@tekser/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUT_FORMATS, IngestParseError, parseInput, type InputFormat } from "../src/index.ts";
import { encode, fetchedAt, fixtureBytes } from "./fixture.ts";

const FIXTURES = [
  "rss2-kk.rss",
  "rss1-rdf-ru.rdf",
  "atom-ru.atom",
  "json-feed-kk.json",
  "rss2-windows-1251.rss",
  "telegram-export-result.json",
  "telegram-bot-updates.json",
  "x-api-v2-tweets.json",
  "vk-wall-get.json",
  "monitoring-export.csv",
];

// Any outcome must be a list of valid items and located errors; the only allowed throw is
// IngestParseError with a location.
function check(run: () => ReturnType<typeof parseInput>): void {
  try {
    const outcome = run();
    for (const item of outcome.items) ZParsedItem.parse(item);
    for (const error of outcome.errors) expect(error.location.trim()).not.toBe("");
  } catch (error) {
    if (!(error instanceof IngestParseError)) throw error;
    expect(error.location.trim()).not.toBe("");
  }
}

// Cut, splice and overwrite real fixtures so the properties reach deep into each parser.
const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
  .map(([name, a, b, insert]) => {
    const text = new TextDecoder().decode(fixtureBytes(name));
    const i = a % (text.length + 1);
    const j = i + (b % 200);
    return { name, text: text.slice(0, i) + insert + text.slice(j) };
  });

const jsonValue = fc.jsonValue({ maxDepth: 4 });

describe("parsers on arbitrary input", () => {
  it("mutated fixtures in every format yield items and located errors or a located throw", () => {
    fc.assert(
      fc.property(
        mutatedFixture,
        fc.constantFrom<InputFormat | undefined>(undefined, ...INPUT_FORMATS),
        ({ name, text }, format) => check(() => parseInput({ name, bytes: encode(text), fetchedAt, format })),
      ),
      { numRuns: 400 },
    );
  });

  it("arbitrary JSON in every JSON format does too", () => {
    const formats = ["json-feed", "telegram-export", "telegram-bot", "x-api", "vk-wall", undefined] as const;
    fc.assert(
      fc.property(jsonValue, fc.constantFrom(...formats), (value, format) =>
        check(() => parseInput({ name: "x.json", bytes: encode(JSON.stringify(value) ?? "null"), fetchedAt, format })),
      ),
      { numRuns: 400 },
    );
  });

  it("records shaped like each platform's, with arbitrary field values, do too", () => {
    const anyValue = fc.oneof(jsonValue, fc.string(), fc.integer(), fc.constant(null));
    const shapes = fc.oneof(
      fc.record({
        messages: fc.array(
          fc.record({
            id: anyValue,
            type: anyValue,
            text: fc.oneof(anyValue, fc.array(anyValue)),
            date_unixtime: anyValue,
            date: anyValue,
          }),
        ),
      }),
      fc.record({
        result: fc.array(
          fc.record({
            update_id: fc.nat(),
            channel_post: fc.record({
              message_id: anyValue,
              chat: anyValue,
              date: anyValue,
              text: anyValue,
              entities: anyValue,
            }),
          }),
        ),
      }),
      fc.record({
        data: fc.array(
          fc.record({
            id: anyValue,
            text: anyValue,
            author_id: anyValue,
            created_at: anyValue,
            public_metrics: anyValue,
            referenced_tweets: anyValue,
          }),
        ),
        includes: anyValue,
      }),
      fc.record({
        response: fc.record({
          items: fc.array(
            fc.record({
              id: anyValue,
              owner_id: anyValue,
              text: anyValue,
              date: anyValue,
              attachments: anyValue,
              copy_history: anyValue,
              views: anyValue,
            }),
          ),
          groups: anyValue,
        }),
      }),
      fc.record({
        version: fc.constant("https://jsonfeed.org/version/1.1"),
        items: fc.array(
          fc.record({
            id: anyValue,
            url: anyValue,
            title: anyValue,
            content_html: anyValue,
            date_published: anyValue,
            authors: anyValue,
          }),
        ),
      }),
    );
    fc.assert(
      fc.property(shapes, (doc) =>
        check(() => parseInput({ name: "x.json", bytes: encode(JSON.stringify(doc)), fetchedAt })),
      ),
      { numRuns: 300 },
    );
  });

  it("arbitrary CSV-ish text does too", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('"', '""', ",", ";", "\n", "https://x.kz/a", "2026-03-14 09:15:00 +0500"),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) =>
        check(() =>
          parseInput({
            name: "x.csv",
            bytes: encode(`text,url,date\n${rows.map((r) => r.join(",")).join("\n")}`),
            fetchedAt,
          }),
        ),
      ),
      { numRuns: 300 },
    );
  });
});
