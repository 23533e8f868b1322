import { describe, expect, it } from "vitest";
import { contentHash, parseInput, telegramPreviewUrl } from "../src/index.ts";
import { encode, fetchedAt, parseFixture } from "./fixture.ts";

describe("Telegram Desktop export", () => {
  const outcome = parseFixture("telegram-export-result.json");

  it("skips service messages and joins entity-array text", () => {
    expect(outcome.format).toBe("telegram-export");
    expect(outcome.items.map((i) => i.location)).toEqual(["$.messages[1]", "$.messages[2]"]);
    expect(outcome.items[1]).toMatchObject({
      kind: "post",
      site: "t.me",
      text: "Маңызды: Үкімет жаңа бағдарламаны бекітті. Толығырақ: https://www.gov.kz/news/1 және мұнда",
      canonicalUrl: "https://t.me/c/1712345678/3",
      publishedAt: "2026-03-14T04:00:00.000Z",
      originalSource: "Kazinform",
      links: ["https://www.gov.kz/news/1", "https://primeminister.kz/ru/news/2"],
      lang: "kk",
    });
  });

  it("gives an edited message its edit time, and an unedited one none", () => {
    expect(outcome.items.map((i) => i.editedAt)).toEqual([null, "2026-03-14T04:05:00.000Z"]);
  });

  it("locates media-only messages and messages without an id", () => {
    expect(outcome.errors.map((e) => e.location)).toEqual(["$.messages[3]", "$.messages[4]"]);
  });
});

describe("Telegram channel web preview (t.me/s/…)", () => {
  const outcome = parseFixture("telegram-web-preview.html");
  const [flood, forwarded, reply] = outcome.items;

  it("reads each message block as a post, skipping service messages", () => {
    expect(outcome.format).toBe("telegram-web");
    expect(outcome.items.map((item) => item.url)).toEqual([
      "https://t.me/qazaq_janalyqtary_24/4411",
      "https://t.me/qazaq_janalyqtary_24/4412",
      "https://t.me/qazaq_janalyqtary_24/4413",
    ]);
    expect(flood).toMatchObject({
      kind: "post",
      site: "t.me",
      location: "message qazaq_janalyqtary_24/4411",
      text: "❗️Ақтөбе облысында су тасқынына байланысты 340 адам эвакуацияланды.\n\nМәртөк ауданында Елек өзенінің деңгейі бір тәулікте 1,2 метрге көтерілді, деп хабарлайды aqtobeinfo.kz.\n\n#сутасқын",
      publishedAt: "2026-03-14T04:12:09.000Z",
      author: "Qazaq Janalyqtary 24",
      views: 12300,
      links: ["https://aqtobeinfo.kz/news/2026/03/14/su-tasqyny?utm_source=telegram"],
      mediaUrls: ["https://cdn4.telesco.pe/file/photo-4411.jpg"],
      lang: "kk",
    });
  });

  it("keeps a forward's source channel and links, and the linked page, but not the preview card's words", () => {
    expect(forwarded).toMatchObject({ originalSource: "t.me/aikyn_kz", views: 950 });
    expect(forwarded?.links).toEqual(["https://aikyn.kz/2026/03/07/nan-bagasy.html", "https://t.me/aikyn_kz/5512"]);
    expect(forwarded?.text).toBe(
      "Наурыздан бастап нан 40 пайызға қымбаттайды! Ұн тартушылар ұн бағасын көтеріп қойды.",
    );
  });

  it("reads a reply's own words, not the message it quotes, and its signature as the author", () => {
    expect(reply).toMatchObject({
      text: "Жаңарту: эвакуацияланғандар саны 410 адамға жетті.",
      author: "Айгүл Серікқызы",
      views: 1_200_000,
    });
  });

  it("locates a photo posted without words", () => {
    expect(outcome.errors.map((error) => [error.location, error.code])).toEqual([
      ["message qazaq_janalyqtary_24/4414", "post.noText"],
    ]);
  });

  it("fetches a channel's or a post's address as the page that lists its messages", () => {
    expect(telegramPreviewUrl("https://t.me/aikyn_kz")).toBe("https://t.me/s/aikyn_kz");
    expect(telegramPreviewUrl("https://telegram.me/aikyn_kz/")).toBe("https://t.me/s/aikyn_kz");
    expect(telegramPreviewUrl("https://t.me/aikyn_kz/5512?single")).toBe("https://t.me/aikyn_kz/5512?embed=1&mode=tme");
    expect(telegramPreviewUrl("https://t.me/s/aikyn_kz")).toBe("https://t.me/s/aikyn_kz");
    for (const other of [
      "https://t.me/joinchat/AAAA",
      "https://t.me/c/1712345678/3",
      "https://aikyn.kz/2026/03/07/nan.html",
      "https://t.me/+Abc123",
    ]) {
      expect(telegramPreviewUrl(other)).toBe(other);
    }
  });

  it("leaves a news page that embeds a Telegram post to the page parser", () => {
    const page = `<!doctype html><html><head><title>Жаңалық</title></head><body><article><h1>Жаңалық</h1><p>${"Мәтін. ".repeat(80)}</p>
      <script async src="https://telegram.org/js/telegram-widget.js" data-telegram-post="aikyn_kz/5512"></script></article></body></html>`;
    expect(parseInput({ name: "page.html", bytes: encode(page), fetchedAt }).format).toBe("html-page");
  });
});

describe("Telegram Bot API updates", () => {
  const outcome = parseFixture("telegram-bot-updates.json");

  it("reads channel posts and their edits under one canonical link, skipping other updates", () => {
    expect(outcome.format).toBe("telegram-bot");
    const [post, edit] = outcome.items;
    expect(post).toMatchObject({
      location: "$.result[0].channel_post",
      url: "https://t.me/tekser_news/57",
      canonicalUrl: "https://t.me/c/1712345678/57",
      originalSource: "t.me/shymkent_today",
      links: ["https://factcheck.kz/a/1"],
      lang: "ru",
    });
    expect(edit?.canonicalUrl).toBe(post?.canonicalUrl);
    expect([post?.editedAt, edit?.editedAt]).toEqual([null, "2026-03-14T05:20:00.000Z"]);
    expect(edit && post && contentHash(edit)).not.toBe(post && contentHash(post));
    expect(outcome.errors).toMatchObject([
      { location: "$.result[3]", message: "channel_post has no message_id or chat.id" },
    ]);
  });

  it("keeps a link Telegram recognised without its scheme, in an export and in an update", () => {
    const exported = JSON.stringify({
      name: "Qazaq Janalyqtary",
      type: "public_channel",
      id: 1700000072,
      messages: [
        {
          id: 4511,
          type: "message",
          date_unixtime: "1773144000",
          text: ["Таразда жол ақысы өзгермейді\n\n", { type: "link", text: "zhambyl-news.kz/kz/news/taraz-avtobus" }],
        },
      ],
    });
    expect(parseInput({ name: "result.json", bytes: encode(exported), fetchedAt }).items[0]?.links).toEqual([
      "http://zhambyl-news.kz/kz/news/taraz-avtobus",
    ]);
    const text = "Толығырақ: aikyn.kz/2026/03/14/zeinet";
    const update = JSON.stringify({
      update_id: 1,
      channel_post: {
        message_id: 2,
        chat: { id: -1005, type: "channel" },
        date: 1773465000,
        text,
        entities: [{ type: "url", offset: 11, length: 26 }],
      },
    });
    expect(parseInput({ name: "u.json", bytes: encode(update), fetchedAt }).items[0]?.links).toEqual([
      "http://aikyn.kz/2026/03/14/zeinet",
    ]);
  });

  it("accepts a single update object", () => {
    const single = JSON.stringify({
      update_id: 1,
      channel_post: {
        message_id: 2,
        chat: { id: -1005, type: "channel" },
        date: 1773465000,
        text: "Бүгін жиналыс болады.",
      },
    });
    const parsed = parseInput({ name: "update.json", bytes: encode(single), fetchedAt });
    expect(parsed.items[0]).toMatchObject({ location: "$.channel_post", canonicalUrl: "https://t.me/c/5/2" });
  });

  it("links an export message and a bot update of the same post by canonical URL", () => {
    const exported = parseFixture("telegram-export-result.json").items[0];
    const update = JSON.stringify({
      update_id: 1,
      channel_post: {
        message_id: 2,
        chat: { id: -1001712345678, type: "channel" },
        date: 1773459000,
        text: exported?.text,
      },
    });
    const viaBot = parseInput({ name: "u.json", bytes: encode(update), fetchedAt }).items[0];
    expect(viaBot?.canonicalUrl).toBe(exported?.canonicalUrl);
    expect(viaBot && contentHash(viaBot)).toBe(exported && contentHash(exported));
  });
});

describe("X API v2", () => {
  const outcome = parseFixture("x-api-v2-tweets.json");

  it("resolves authors, media and retweet credit from includes", () => {
    expect(outcome.format).toBe("x-api");
    expect(outcome.items[0]).toMatchObject({
      url: "https://x.com/tekser_kz/status/1900000000000000001",
      canonicalUrl: "https://x.com/i/status/1900000000000000001",
      author: "@tekser_kz",
      views: 5300,
      reposts: 12,
      links: ["https://seismology.kz/news/14"],
      mediaUrls: ["https://pbs.twimg.com/media/abc.jpg"],
      lang: "kk",
      publishedAt: "2026-03-14T05:10:00.000Z",
    });
    expect(outcome.items[1]?.originalSource).toBe("@kazinform");
    expect(outcome.items[2]?.kind).toBe("comment");
    expect(outcome.errors).toMatchObject([{ location: "$.data[3]", message: "the tweet has no id" }]);
  });

  it("makes an edited tweet a version of its original: the original's URL and time (from its id when it is not in the response), the edit's time", () => {
    const original = {
      id: "2032683137233846272",
      text: "Алматыда 5 балдық жер сілкінісі болды",
      created_at: "2026-03-14T05:00:00.000Z",
      edit_history_tweet_ids: ["2032683137233846272", "2032686157132726279"],
    };
    const edit = {
      id: "2032686157132726279",
      text: "Алматыда 4 балдық жер сілкінісі болды",
      created_at: "2026-03-14T05:12:00.000Z",
      edit_history_tweet_ids: ["2032683137233846272", "2032686157132726279"],
    };
    const never = {
      id: "2032698236728246275",
      text: "Ақтауда жаңа мектеп ашылды",
      created_at: "2026-03-14T06:00:00.000Z",
      edit_history_tweet_ids: ["2032698236728246275"],
    };
    const parse = (payload: unknown) =>
      parseInput({ name: "x.json", bytes: encode(JSON.stringify(payload)), fetchedAt, format: "x-api" }).items;
    const [withOriginal] = parse({ data: [edit], includes: { tweets: [original] } });
    expect(withOriginal).toMatchObject({
      canonicalUrl: "https://x.com/i/status/2032683137233846272",
      publishedAt: "2026-03-14T05:00:00.000Z",
      editedAt: "2026-03-14T05:12:00.000Z",
    });
    expect(parse({ data: [edit] })[0]).toMatchObject({
      canonicalUrl: "https://x.com/i/status/2032683137233846272",
      publishedAt: "2026-03-14T05:00:00.000Z",
      editedAt: "2026-03-14T05:12:00.000Z",
    });
    // Ids from before snowflakes (2010) carry no time.
    const oldEdit = { ...edit, id: "20", edit_history_tweet_ids: ["12", "20"] };
    expect(parse({ data: [oldEdit] })[0]).toMatchObject({
      canonicalUrl: "https://x.com/i/status/12",
      publishedAt: null,
    });
    expect(parse({ data: [original, never] }).map((item) => item.editedAt)).toEqual([null, null]);
    // A payload from before edits existed says nothing either way.
    expect(outcome.items[0]?.editedAt).toBeUndefined();
  });

  it("reports an errors-only response as one located error", () => {
    const body = encode(
      JSON.stringify({ errors: [{ title: "Not Found Error", detail: "Could not find tweet with ids: [1]." }] }),
    );
    expect(() => parseInput({ name: "x.json", bytes: body, fetchedAt, format: "x-api" })).toThrow(
      /^\$\.errors\[0\]: .*Could not find tweet/,
    );
  });
});

describe("VK wall.get", () => {
  const outcome = parseFixture("vk-wall-get.json");

  it("reads posts, the largest photo, views, reposts, group names and reposted text", () => {
    expect(outcome.format).toBe("vk-wall");
    expect(outcome.items[0]).toMatchObject({
      url: "https://vk.com/wall-12345_501",
      author: "Караганда Онлайн",
      views: 1520,
      reposts: 7,
      mediaUrls: ["https://sun9-1.userapi.com/x.jpg"],
      links: ["https://ekaraganda.kz/news/1"],
      originalSource: "ekaraganda.kz",
    });
    expect(outcome.items[1]).toMatchObject({
      text: "Жол жөндеу жұмыстары сәуірде басталады.",
      originalSource: "Qaragandy Jany",
      lang: "kk",
    });
    // VK dates an edited post (`edited`, Unix time) and leaves it out otherwise.
    expect(outcome.items[1]?.editedAt).toBe("2026-03-14T04:36:40.000Z");
    expect(outcome.items[0]?.editedAt).toBeNull();
    expect(outcome.errors).toMatchObject([
      { location: "$.response.items[2]", message: "the post has no id or owner_id" },
    ]);
    expect(JSON.parse(outcome.errors[0]?.raw ?? "null")).toEqual({ id: 503, date: 1773462000, text: "без владельца" });
  });
});

describe("CSV with a column mapping", () => {
  it("recognises common export headers", () => {
    const outcome = parseFixture("monitoring-export.csv");
    expect(outcome.format).toBe("csv");
    expect(outcome.items[0]).toMatchObject({
      site: "facebook.com",
      author: "Astana Today",
      canonicalUrl: "https://www.facebook.com/astanatoday/posts/1001",
      views: 12400,
      reposts: 85,
      publishedAt: "2026-03-14T04:15:00.000Z",
      lang: "kk",
    });
    expect(outcome.items[0]?.text).toContain('"Астана Су Арнасы"');
    expect(outcome.items[2]).toMatchObject({ site: "tiktok.com", publishedAt: "2026-03-14T06:20:00.000Z", lang: "ru" });
    expect(outcome.errors).toMatchObject([
      { location: "record 4 (line 5)", message: expect.stringMatching(/no text/) },
    ]);
    expect(outcome.errors[0]?.raw?.trim()).toBe(
      "Facebook,Empty Page,2026-03-14 12:00:00 +0500,,https://www.facebook.com/empty/posts/1,,,",
    );
  });

  it("uses an explicit mapping and names a missing column", () => {
    const csv = encode("Caption;Post Link\nБүгін Астанада қар жауады;https://instagram.com/p/1\n");
    const mapped = parseInput({
      name: "x.csv",
      bytes: csv,
      fetchedAt,
      csvMapping: { text: "Caption", url: "Post Link" },
    });
    expect(mapped.items[0]).toMatchObject({ text: "Бүгін Астанада қар жауады", site: "instagram.com" });
    expect(() => parseInput({ name: "x.csv", bytes: csv, fetchedAt, csvMapping: { text: "Body" } })).toThrow(
      /line 1: the mapping names column "Body"/,
    );
  });
});
