import { ZParsedItem } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { IngestParseError, parseInput } from "../src/index.ts";
import { encode, fetchedAt, fixtureBytes, parseFixture, REAL_DIR } from "./fixture.ts";

function truncated(name: string, share: number): Uint8Array {
  const bytes = fixtureBytes(name);
  return bytes.subarray(0, Math.floor(bytes.length * share));
}

function thrown(run: () => unknown): IngestParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestParseError) return error;
    throw error;
  }
  throw new Error("expected an IngestParseError");
}

describe("malformed inputs", () => {
  it("keeps the entries of a truncated feed before the damage and locates the damage", () => {
    const outcome = parseInput({ name: "cut.rss", bytes: truncated("rss2-kk.rss", 0.75), fetchedAt });
    expect(outcome.items.map((i) => i.title)).toContain("Ақпараттық штаб жұмысын бастады & брифинг өтті");
    expect(outcome.errors[0]?.location).toMatch(/^line \d+, column \d+$/);
    expect(outcome.errors[0]?.message).toMatch(/malformed XML/);
  });

  it("locates a truncated JSON export by line and column", () => {
    const error = thrown(() =>
      parseInput({ name: "result.json", bytes: truncated("telegram-export-result.json", 0.5), fetchedAt }),
    );
    expect(error.location).toMatch(/^line \d+, column \d+$/);
    expect(error.message).toMatch(/not valid JSON.*truncated/);
  });

  it("rejects an HTML page served where a feed was expected (real rss-parser fixture)", () => {
    const error = thrown(() => parseFixture("unrecognized.rss", { dir: REAL_DIR }));
    expect(error.message).toBe(
      "line 1: expected an RSS, RDF or Atom feed but this is an HTML page; check the feed URL",
    );
  });

  it("rejects an HTML page forced as a feed and a feed forced as a Telegram export", () => {
    const page = encode("<!doctype html><html><head><title>x</title></head><body><p>Сәлем</p></body></html>");
    expect(() => parseInput({ name: "x", bytes: page, fetchedAt, format: "feed" })).toThrow(/HTML page/);
    expect(() =>
      parseInput({ name: "x", bytes: fixtureBytes("rss2-kk.rss"), fetchedAt, format: "telegram-export" }),
    ).toThrow(/^line 1, column 1: not valid JSON/);
  });

  it("rejects binary junk and undecodable bytes with a byte offset", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(thrown(() => parseInput({ name: "feed.rss", bytes: png, fetchedAt })).location).toBe("byte 8");
    const junk = new Uint8Array(2000).map((_, i) => (i * 7919) % 256 || 1);
    expect(thrown(() => parseInput({ name: "x.json", bytes: junk, fetchedAt })).location).toMatch(
      /^(?:byte|character) \d+$/,
    );
  });

  it("reads a feed in the wrong declared encoding without crashing", () => {
    const bytes = fixtureBytes("rss2-windows-1251.rss");
    const lying = encode(new TextDecoder("latin1").decode(bytes).replace("windows-1251", "utf-8"));
    const outcome = parseInput({ name: "lying.rss", bytes: lying, fetchedAt });
    for (const item of outcome.items) ZParsedItem.parse(item);
  });

  it("parses a 50 MB feed generated here into located items within bounded time", () => {
    const entry = (i: number) =>
      `<item><title>Жаңалық ${i}</title><link>https://example.kz/n/${i}</link><description><![CDATA[<p>${"Мәтін ".repeat(60)}${i}</p>]]></description></item>\n`;
    const parts = [
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><link>https://example.kz/</link>',
    ];
    let size = 0;
    let count = 0;
    while (size < 50 * 1024 * 1024) {
      const piece = entry(count++);
      parts.push(piece);
      size += Buffer.byteLength(piece);
    }
    parts.push("</channel></rss>");
    const bytes = encode(parts.join(""));
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const outcome = parseInput({ name: "big.rss", bytes, fetchedAt });
    expect(outcome.errors).toEqual([]);
    expect(outcome.items).toHaveLength(count);
    expect(outcome.items.at(-1)?.location).toBe(`rss.channel.item[${count - 1}]`);
  }, 120_000);
});
