/**
 * Groups built from real inputs: the Qazaq24.com page dump and the NUR.KZ page (the repository's fixtures/, see
 * its README), and the demo data's Telegram/VK/X posts and Qazaq24-style page dumps
 * (prisma/seed-data). The real documents are ingested as they are; the generated copies are made
 * from their text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fixturePath } from "@tekser/fixtures";
import type { Lang } from "./boilerplate.ts";
import { CopyMaker, type MadeItem, type PostNumbers, type Source } from "./copies.ts";
import { telegramUpdate, vkWall, xPost, type EvalDocument } from "./documents.ts";
import type { CopyKind } from "./kinds.ts";
import type { PlannedGroup } from "./planned-group.ts";
import { seededRandom } from "./random.ts";

const SEED_DATA = path.resolve(import.meta.dirname, "../../../prisma/seed-data");

export function realGroups(numbers: PostNumbers): PlannedGroup[] {
  return [qazaq24Group(numbers), nurKzGroup(numbers), ...demoPageGroups(numbers), ...demoPostGroups(numbers)];
}

/** The Qazaq24.com dump of an Aikyn.kz story: the dump is the aggregator copy, the story's own page the original. */
function qazaq24Group(numbers: PostNumbers): PlannedGroup {
  const name = "qazaq24-article-page.txt";
  return dumpGroup(
    "fixture:qazaq24-info-headquarters",
    "fixture",
    name,
    readFileSync(fixturePath(name), "utf8"),
    numbers,
  );
}

function demoPageGroups(numbers: PostNumbers): PlannedGroup[] {
  const dir = path.join(SEED_DATA, "pages");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) =>
      dumpGroup(
        `demo-page:${file.replace(/\.txt$/, "")}`,
        "demo",
        file,
        readFileSync(path.join(dir, file), "utf8"),
        numbers,
      ),
    );
}

function dumpGroup(
  id: string,
  origin: "fixture" | "demo",
  name: string,
  dump: string,
  numbers: PostNumbers,
): PlannedGroup {
  const random = seededRandom(id);
  const page = readDump(dump);
  const source: Source = {
    ...page,
    siteName: page.site,
    url: `https://${page.site}/news/${random.int(100_000, 999_999)}`,
  };
  const maker = new CopyMaker(source, random, numbers);
  const dumpItem: MadeItem = {
    kind: "aggregator-copy",
    lang: page.lang,
    publishedAt: later(page.publishedAt, 6),
    document: { name, format: "text-page", body: dump },
  };
  const items = [
    maker.originalPage(),
    dumpItem,
    maker.exactCopy(),
    maker.excerpt(),
    maker.repostWithLink(),
    maker.headlineOnly(),
    maker.truncated(),
    maker.shouted(),
  ];
  if (page.lang === "kk")
    items.push(maker.respelled(random.pick(["latin-2021", "latin-informal", "latin-2018"] as const)));
  return { id, family: id, lang: page.lang, origin, title: page.title, items };
}

interface DumpedPage {
  lang: Lang;
  site: string;
  title: string;
  paragraphs: string[];
  publishedAt: string;
}

const MONTHS: Record<string, number> = {
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

/**
 * Reads an aggregator dump laid out as the Qazaq24.com fixture: title printed twice, the
 * attribution line naming the outlet, the body up to the author or "follow us" line, the archive
 * time. The outlet's original is taken to have been published six hours before the archive time.
 */
function readDump(dump: string): DumpedPage {
  const lines = dump
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const titleIndex = lines.findIndex((line, index) => index > 0 && line === lines[index - 1] && line.length > 15);
  const attribution = lines[titleIndex + 1] ?? "";
  const outlet = /^(\S+) парақшасындағы/.exec(attribution)?.[1] ?? /^По данным сайта (\S+?),/.exec(attribution)?.[1];
  if (titleIndex < 0 || !outlet) throw new Error(`not a Qazaq24-style dump: ${lines.slice(0, 3).join(" / ")}`);
  const body: string[] = [];
  for (const line of lines.slice(titleIndex + 2)) {
    if (/[A-ZА-ЯӘҒҚҢӨҰҮІЁ]{3,},$/u.test(line) || /^(Жағдайды бақылауды|Следите за развитием)/.test(line)) break;
    body.push(line);
  }
  const archived = /(\d{1,2}) (\p{L}+) (\d{4}) (\d{2}):(\d{2})/u.exec(
    lines.find((line) => line.startsWith("archive")) ?? "",
  );
  const month = archived ? MONTHS[(archived[2] ?? "").toLowerCase()] : undefined;
  if (!archived || !month) throw new Error(`no archive time in the dump of "${lines[titleIndex]}"`);
  const archivedAt = Date.parse(
    `${archived[3]}-${String(month).padStart(2, "0")}-${archived[1]?.padStart(2, "0")}T${archived[4]}:${archived[5]}:00+05:00`,
  );
  return {
    lang: /деректерге сәйкес/.test(attribution) ? "kk" : "ru",
    site: outlet.toLowerCase(),
    title: lines[titleIndex] ?? "",
    paragraphs: body,
    publishedAt: new Date(archivedAt - 6 * 3_600_000).toISOString().replace(/\.000Z$/, "Z"),
  };
}

/** The NUR.KZ page as saved (its article body is in JSON-LD), and copies of that body. */
function nurKzGroup(numbers: PostNumbers): PlannedGroup {
  const id = "fixture:nurkz-17-billion";
  const random = seededRandom(id);
  const html = readFileSync(fixturePath("real/nurkz-article-ru.blade-stripped.html"), "utf8");
  const url =
    "https://www.nur.kz/politics/kazakhstan/2086925-bolshe-17-mlrd-tenge-hoteli-neratsionalno-potratit-na-borbu-s-pavodkami-v-kazahstane/";
  const body = decodeEntities(/"articleBody":"((?:[^"\\]|\\.)*)"/.exec(html)?.[1] ?? "");
  const title = decodeEntities(/"headline":"((?:[^"\\]|\\.)*)"/.exec(html)?.[1] ?? "");
  const sentences = body.match(/[^.!?]+[.!?]+(?:\s|$)/g)?.map((s) => s.trim()) ?? [body];
  const paragraphs = chunk(sentences, 3).map((part) => part.join(" "));
  const source: Source = {
    lang: "ru",
    site: "nur.kz",
    siteName: "NUR.KZ",
    url,
    title,
    paragraphs,
    publishedAt: "2024-04-18T10:35:00+05:00",
  };
  const maker = new CopyMaker(source, random, numbers);
  const original: MadeItem = {
    kind: "original",
    lang: "ru",
    publishedAt: source.publishedAt,
    document: { name: url, format: "html-page", body: html },
  };
  const items = [
    original,
    maker.exactCopy(),
    maker.aggregatorCopy(),
    maker.excerpt(),
    maker.repostWithLink(),
    maker.repostWithLink(),
    maker.truncated(),
    maker.headlineOnly(),
    maker.shouted(),
  ];
  return { id, family: id, lang: "ru", origin: "fixture", title, items };
}

function decodeEntities(text: string): string {
  return (JSON.parse(`"${text}"`) as string).replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

interface DemoPost {
  platform: "telegram" | "vk" | "x";
  channel: string;
  url: string;
  publishedAt: string;
  text: string;
  views?: number | null;
  claimKey: string;
}

/**
 * How each demo post relates to the first post of its claim. A paraphrase ("Пишут, что…") is
 * left out: it is neither a copy nor a different claim. The X post showing "a letter" about the
 * earthquake is a different claim on the same event.
 */
const DEMO_POST_KINDS: Record<number, CopyKind | "near-miss" | "skip"> = {
  0: "original",
  1: "translation",
  2: "repost-with-comment",
  3: "original",
  4: "translation",
  5: "original",
  6: "translation",
  7: "skip",
  8: "original",
  9: "repost-with-comment",
  10: "original",
  11: "original",
  12: "original",
  13: "translation",
  14: "near-miss",
  15: "original",
  16: "translation",
  17: "original",
  18: "original",
  19: "original",
};

function demoPostGroups(numbers: PostNumbers): PlannedGroup[] {
  const posts = JSON.parse(readFileSync(path.join(SEED_DATA, "posts.json"), "utf8")) as DemoPost[];
  const byClaim = new Map<string, { post: DemoPost; index: number }[]>();
  for (const [index, post] of posts.entries())
    byClaim.set(post.claimKey, [...(byClaim.get(post.claimKey) ?? []), { post, index }]);
  const groups: PlannedGroup[] = [];
  for (const [claimKey, members] of byClaim) {
    const id = `demo-post:${claimKey}`;
    const random = seededRandom(id);
    const first = members[0] as { post: DemoPost; index: number };
    const lang = postLang(first.post.text);
    const items: MadeItem[] = [];
    const missed: MadeItem[] = [];
    for (const { post, index } of members) {
      const kind = DEMO_POST_KINDS[index] ?? "skip";
      if (kind === "skip") continue;
      const made: MadeItem = {
        kind: kind === "near-miss" ? "original" : kind,
        lang: postLang(post.text),
        publishedAt: post.publishedAt,
        document: demoPostDocument(post),
      };
      (kind === "near-miss" ? missed : items).push(made);
    }
    const channel = new URL(first.post.url).pathname.split("/")[1] ?? "";
    const messageId = Number(new URL(first.post.url).pathname.split("/")[2]);
    const telegram = first.post.platform === "telegram" ? { channel, messageId } : undefined;
    const source: Source = {
      lang,
      site: "t.me",
      siteName: channel,
      url: first.post.url,
      title: null,
      paragraphs: first.post.text.split(/\n\n+/),
      publishedAt: first.post.publishedAt,
      telegram,
    };
    const maker = new CopyMaker(source, random, numbers);
    items.push(maker.shouted(), maker.truncated());
    if (telegram) items.push(maker.repostWithLink());
    if (lang === "kk")
      items.push(
        maker.respelled(random.pick(["latin-2021", "latin-informal", "russian-letters", "latin-2017"] as const)),
      );
    // A demo rumour and the aggregator page answering it share a family: they are not labelled.
    groups.push({ id, family: demoFamily(claimKey), lang, origin: "demo", title: first.post.text.slice(0, 80), items });
    if (missed.length > 0)
      groups.push({
        id: `${id}~near`,
        family: demoFamily(claimKey),
        lang: postLang(missed[0]?.document.body ?? ""),
        origin: "demo",
        title: "near miss",
        nearMissOf: { group: id, kind: "same-event" },
        items: missed,
      });
  }
  return groups;
}

/** Demo claims whose rumour posts and answering page belong together (seed-data/claims.json). */
function demoFamily(claimKey: string): string {
  const claims = JSON.parse(readFileSync(path.join(SEED_DATA, "claims.json"), "utf8")) as {
    claimKey: string;
    items: string[];
  }[];
  const page = claims.find((claim) => claim.claimKey === claimKey)?.items.find((item) => item.startsWith("pages/"));
  return page ? `demo-page:${page.replace(/^pages\//, "").replace(/\.txt$/, "")}` : `demo-post:${claimKey}`;
}

function postLang(text: string): Lang {
  return /[әғқңөұүһі]/i.test(text) ? "kk" : "ru";
}

function demoPostDocument(post: DemoPost): EvalDocument {
  const url = new URL(post.url);
  const [first = "", second = ""] = url.pathname.split("/").filter(Boolean);
  if (post.platform === "telegram") {
    return telegramUpdate({
      channelId: hashNumber(first),
      channelName: post.channel,
      username: first,
      messageId: Number(second),
      publishedAt: post.publishedAt,
      text: post.text,
      views: post.views ?? 0,
    });
  }
  if (post.platform === "vk") {
    const [, owner = "0", postId = "0"] = /wall(-?\d+)_(\d+)/.exec(post.url) ?? [];
    return vkWall({
      ownerId: Number(owner),
      postId: Number(postId),
      groupName: post.channel,
      screenName: `club${-Number(owner)}`,
      publishedAt: post.publishedAt,
      text: post.text,
      views: post.views ?? 0,
    });
  }
  return xPost({
    id: url.pathname.split("/").pop() ?? "0",
    username: first,
    name: post.channel,
    publishedAt: post.publishedAt,
    text: post.text,
  });
}

function hashNumber(text: string): number {
  return [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 900_000_000, 7) + 100_000_000;
}

function later(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString().replace(/\.000Z$/, "Z");
}
