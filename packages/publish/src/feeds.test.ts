import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderAtomFeed, renderJsonFeed, renderRssFeed } from "./feeds.ts";
import { ZJsonFeed11 } from "./json-feed-schema.ts";
import { kazakhNotice, publisher, russianNotice } from "./test-fixtures.ts";

const parser = new Parser();
// Given oldest-updated first, to show the feeds order by last update themselves.
const notices = [russianNotice, kazakhNotice];
const KK_URL = "http://localhost:3000/notices/ntc_01JNRX8K2Q";
const RU_URL = "http://localhost:3000/notices/ntc_01JNRX9RU";

interface JsonFeed {
  version: string;
  title: string;
  feed_url?: string;
  language?: string;
  authors?: { name?: string; url?: string }[];
  author?: unknown;
  items: {
    id: string;
    url?: string;
    title?: string;
    summary?: string;
    content_html?: string;
    content_text?: string;
    date_published?: string;
    date_modified?: string;
    tags?: string[];
    language?: string;
    _tekser?: unknown;
  }[];
}

describe("renderRssFeed", () => {
  it("parses as RSS 2.0 with one item per notice, newest update first", async () => {
    const xml = renderRssFeed(notices, publisher, { selfUrl: "http://localhost:3000/feed.xml" });
    expect(xml).toContain('<rss version="2.0"');
    const feed = await parser.parseString(xml);

    expect(feed.title).toBe("Tekser");
    expect(feed.feedUrl).toBe("http://localhost:3000/feed.xml");
    expect(feed.items.map((item) => item.guid)).toEqual([KK_URL, RU_URL]);
    const [kk] = feed.items;
    expect(kk).toMatchObject({
      title: "[Фейк] Референдум күні интернет өшірілмейді: Telegram-дағы хабар жалған",
      link: KK_URL,
      contentSnippet: kazakhNotice.summary,
      categories: ["fake"],
      isoDate: "2025-03-03T04:00:00.000Z",
    });
    expect((kk as Record<string, unknown>)["content:encoded"]).toContain("<h2>Негіздеме</h2>");
  });

  it("declares the language only when every notice shares it", async () => {
    const single = renderRssFeed([kazakhNotice], publisher, { selfUrl: "http://localhost:3000/feed.xml" });
    expect(single).toContain("<language>kk</language>");
    const mixed = renderRssFeed(notices, publisher, { selfUrl: "http://localhost:3000/feed.xml" });
    expect(mixed).not.toContain("<language>");
  });

  it("entity-encodes markup in titles and summaries", async () => {
    const hostile = { ...kazakhNotice, headline: "<script>alert(1)</script>", summary: "a <b> & ]]> c" };
    const xml = renderRssFeed([hostile], publisher, { selfUrl: "http://localhost:3000/feed.xml" });
    expect(xml).not.toContain("<script>");
    const [item] = (await parser.parseString(xml)).items;
    expect(item?.title).toBe("[Фейк] &lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("renderAtomFeed", () => {
  it("parses as Atom with ids, links, summaries and update times", async () => {
    const xml = renderAtomFeed(notices, publisher, { selfUrl: "http://localhost:3000/feed.atom" });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const feed = await parser.parseString(xml);

    expect(feed.title).toBe("Tekser");
    expect(feed.feedUrl).toBe("http://localhost:3000/feed.atom");
    expect(feed.lastBuildDate).toBe("2025-03-04T09:30:00.000Z");
    expect(feed.items.map((item) => (item as { id?: string }).id)).toEqual([KK_URL, RU_URL]);
    expect(feed.items[1]).toMatchObject({
      title: "[Фейк] В день референдума интернет не отключат: сообщение в Telegram — фейк",
      link: RU_URL,
      summary: russianNotice.summary,
    });
    expect(feed.items[1]?.content).toContain("<h2>Обоснование</h2>");
    expect(xml).toContain('<category label="fake" term="fake"/>');
    expect(xml).toContain("<published>2025-03-03T04:00:00.000Z</published>");
  });
});

describe("renderJsonFeed", () => {
  const parse = (json: string) => JSON.parse(json) as JsonFeed;

  it("is JSON Feed 1.1 with the required fields and authors array", () => {
    const feed = parse(renderJsonFeed(notices, publisher, { selfUrl: "http://localhost:3000/feed.json" }));

    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Tekser");
    expect(feed.feed_url).toBe("http://localhost:3000/feed.json");
    expect(feed.authors).toEqual([{ name: "Tekser", url: "https://tekser.example.kz" }]);
    expect(feed).not.toHaveProperty("author");
    expect(feed).not.toHaveProperty("language");
    expect(feed.items.map((item) => item.id)).toEqual([KK_URL, RU_URL]);
    for (const item of feed.items) expect(item.content_html ?? item.content_text).toBeTruthy();
    expect(ZJsonFeed11.safeParse(feed).error?.issues).toBeUndefined();
  });

  it("is checked by a JSON Feed 1.1 schema that rejects what the spec forbids", () => {
    const feed = parse(renderJsonFeed(notices, publisher, { selfUrl: "http://localhost:3000/feed.json" }));
    const [item] = feed.items;
    expect(ZJsonFeed11.safeParse({ ...feed, version: "https://jsonfeed.org/version/1" }).success).toBe(false);
    expect(
      ZJsonFeed11.safeParse({ ...feed, items: [{ ...item, content_html: undefined, content_text: undefined }] })
        .success,
    ).toBe(false);
    expect(ZJsonFeed11.safeParse({ ...feed, items: [{ ...item, date_modified: "4 March 2025" }] }).success).toBe(false);
    expect(ZJsonFeed11.safeParse({ ...feed, tekser: {} }).error?.issues[0]?.message).toMatch(
      /neither JSON Feed 1.1 nor an _extension/,
    );
  });

  it("gives each item plain-text title and summary, dates, tags, language and the _tekser extension", () => {
    const feed = parse(
      renderJsonFeed([{ ...kazakhNotice, headline: "A & <B>" }], publisher, {
        selfUrl: "http://localhost:3000/feed.json",
      }),
    );

    expect(feed.language).toBe("kk");
    expect(feed.items[0]).toMatchObject({
      url: KK_URL,
      title: "[Фейк] A & <B>",
      summary: kazakhNotice.summary,
      date_published: "2025-03-03T04:00:00.000Z",
      date_modified: "2025-03-04T09:30:00.000Z",
      tags: ["fake"],
      language: "kk",
      _tekser: {
        verdict: "fake",
        version: 2,
        lang: "kk",
        claimReviewed: "Референдум күні интернет толық өшіріледі",
        status: "published",
      },
    });
    expect(feed.items[0]?.content_html).toContain("<h2>Негіздеме</h2>");
  });

  it("titles an item with the label its version was published with, and carries the label in _tekser", () => {
    const verdictLabel = {
      id: "label-1",
      wording: { kk: "Айла", ru: "Манипуляция", en: "Manipulation" },
      rating: 2,
      colour: "#7a3e9d",
    };
    const notice = { ...kazakhNotice, verdict: "misleading" as const, verdictLabel };
    const feed = parse(renderJsonFeed([notice], publisher, { selfUrl: "http://localhost:3000/feed.json" }));
    expect(feed.items[0]).toMatchObject({
      title: `[Айла] ${kazakhNotice.headline}`,
      tags: ["misleading"],
      _tekser: { verdict: "misleading", verdictLabel },
    });
    expect(
      renderRssFeed([{ ...notice, lang: "ru" }], publisher, { selfUrl: "http://localhost:3000/feed.xml" }),
    ).toContain(`[Манипуляция] ${kazakhNotice.headline}`);
  });

  it("leads a retracted item's content with the retraction notice", () => {
    const feed = parse(
      renderJsonFeed([{ ...kazakhNotice, status: "retracted" }], publisher, {
        selfUrl: "http://localhost:3000/feed.json",
      }),
    );
    expect(feed.items[0]?.content_html).toMatch(/^<p><strong>Бұл қорытынды кері қайтарылды/);
  });
});
