import { describe, expect, it } from "vitest";
import { parseInput } from "./index.ts";

const fetchedAt = new Date("2026-03-14T06:00:00Z");
const encode = (s: string) => new TextEncoder().encode(s);

/** An RSS feed with no channel link, so the feed names no site; one item per [link, pubDate]. */
function rss(items: { link?: string; pubDate: string }[]): Uint8Array {
  const entries = items.map(
    ({ link, pubDate }, i) =>
      `<item><title>Жаңалық ${i}</title>${link ? `<link>${link}</link>` : ""}<pubDate>${pubDate}</pubDate><description>Қостанайда ${i} жаңа мектеп ашылды.</description></item>`,
  );
  return encode(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>${entries.join("")}</channel></rss>`,
  );
}

describe("publication dates and sites an input cannot vouch for", () => {
  it("keeps a publication date up to a day ahead, and drops one far in the future with a located error", () => {
    const outcome = parseInput({
      name: "feed.xml",
      fetchedAt,
      bytes: rss([
        { link: "https://orda.kz/a/1", pubDate: "9999-12-31T23:59:59Z" },
        { link: "https://orda.kz/a/2", pubDate: "Mon, 16 Mar 2026 12:00:00 GMT" },
        { link: "https://orda.kz/a/3", pubDate: "Sat, 14 Mar 2026 20:00:00 +0500" },
      ]),
    });
    expect(outcome.items.map((item) => item.publishedAt)).toEqual([null, null, "2026-03-14T15:00:00.000Z"]);
    expect(outcome.errors).toEqual([
      {
        location: "rss.channel.item[0]",
        message: expect.stringMatching(
          /^publication date 9999-12-31T23:59:59\.000Z is more than 2 days after the fetch/,
        ),
        code: "item.publishedAfterFetch",
        params: { publishedAt: "9999-12-31T23:59:59.000Z" },
      },
      {
        location: "rss.channel.item[1]",
        message: expect.stringMatching(
          /^publication date 2026-03-16T12:00:00\.000Z is more than 2 days after the fetch/,
        ),
        code: "item.publishedAfterFetch",
        params: { publishedAt: "2026-03-16T12:00:00.000Z" },
      },
    ]);
  });

  it("drops an RFC-822 date after 2200 with a located error, not silently", () => {
    const outcome = parseInput({
      name: "feed.xml",
      fetchedAt,
      bytes: rss([
        { link: "https://orda.kz/a/1", pubDate: "Fri, 31 Dec 9999 23:59:59 +0000" },
        { link: "https://orda.kz/a/2", pubDate: "Thu, 01 Jan 2201 00:00:00 GMT" },
      ]),
    });
    expect(outcome.items.map((item) => item.publishedAt)).toEqual([null, null]);
    expect(outcome.errors).toEqual([
      {
        location: "rss.channel.item[0]",
        message: expect.stringMatching(
          /^publication date 9999-12-31T23:59:59\.000Z is more than 2 days after the fetch/,
        ),
        code: "item.publishedAfterFetch",
        params: { publishedAt: "9999-12-31T23:59:59.000Z" },
      },
      {
        location: "rss.channel.item[1]",
        message: expect.stringMatching(
          /^publication date 2201-01-01T00:00:00\.000Z is more than 2 days after the fetch/,
        ),
        code: "item.publishedAfterFetch",
        params: { publishedAt: "2201-01-01T00:00:00.000Z" },
      },
    ]);
  });

  it("never takes a local file path for the site of items without a link", () => {
    for (const name of ["/home/desk/feeds/aikyn.rss", "feeds/aikyn.kz.xml", "C:\\feeds\\orda.kz.rss"]) {
      const outcome = parseInput({ name, fetchedAt, bytes: rss([{ pubDate: "Sat, 14 Mar 2026 08:00:00 GMT" }]) });
      expect(outcome.items.map((item) => item.site)).toEqual(["unknown"]);
    }
    const fetched = parseInput({
      name: "https://www.orda.kz/rss",
      fetchedAt,
      bytes: rss([{ pubDate: "Sat, 14 Mar 2026 08:00:00 GMT" }]),
    });
    expect(fetched.items[0]?.site).toBe("orda.kz");
  });

  it("never takes a local file path for the site of a JSON feed or CSV row without a link", () => {
    const jsonFeed = encode(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "T",
        items: [{ id: "1", content_text: "Қостанайда жаңа мектеп ашылды." }],
      }),
    );
    expect(parseInput({ name: "/tmp/feed.json", fetchedAt, bytes: jsonFeed }).items.map((item) => item.site)).toEqual([
      "unknown",
    ]);
    const csv = encode("text,author\nҚостанайда жаңа мектеп ашылды.,Асқар\n");
    expect(parseInput({ name: "/tmp/export.csv", fetchedAt, bytes: csv }).items.map((item) => item.site)).toEqual([
      "unknown",
    ]);
  });
});
