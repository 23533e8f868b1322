import type { IngestInput } from "../src/ingest/ingest.ts";

const KK = "Елордада жаңа бағдарлама бекітілді, бұл туралы министрлік хабарлады";
const RU = "В Алматы открылся новый центр, сообщили в акимате города";
const VOCABULARY =
  `${KK} ${RU} ауыл аудан облыс әкімдік жол мектеп аурухана су жарық бюджет тариф баға жалақы зейнетақы несие
  салық жер құрылыс көпір пойыз әуежай вокзал нарық астық бидай мұнай газ көмір ток қар жаңбыр өрт су тасқыны сот полиция
  депутат мәслихат сайлау заң жоба кеңес комиссия тексеру айыппұл рұқсат лицензия район область школа больница дорога мост
  поезд аэропорт рынок цена зарплата пенсия кредит налог земля стройка уголь нефть газопровод снег дождь пожар паводок суд
  полиция депутат выборы закон проект совет комиссия проверка штраф разрешение лицензия тенге миллион миллиард процент`.split(
    /[\s,]+/,
  );

/**
 * An item's text. "similar": one of two template sentences that differ only in the item's
 * number, so every item shares LSH band keys with hundreds of stored items without being their
 * near-duplicate: the candidate lookup's worst case. "distinct" (the default): 24 words drawn
 * from a small Kazakh/Russian vocabulary, as unrelated news is.
 */
export type TextMode = "similar" | "distinct";
function sentenceFor(mode: TextMode): (i: number) => string {
  if (mode === "similar")
    return (i) => `${i % 2 ? KK : RU} (№${i}). ${i % 3 ? "Толығырақ ақпарат кейін беріледі." : "Подробности позже."}`;
  return (i) => {
    let state = Math.imul(i + 1, 0x9e3779b1) >>> 0;
    const words = Array.from({ length: 24 }, () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return VOCABULARY[state % VOCABULARY.length];
    });
    return `${words.join(" ")} (№${i}).`;
  };
}
let sentence = sentenceFor("distinct");
/** Chooses the text every generator below writes. */
export function useTextMode(mode: TextMode): void {
  sentence = sentenceFor(mode);
}
const encode = (s: string) => new TextEncoder().encode(s);

function chunks(total: number, perFile: number): [start: number, count: number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < total; start += perFile) out.push([start, Math.min(perFile, total - start)]);
  return out;
}

const range = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k);
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The address of the RSS item `i` of `seed` (`rssFiles`), as its story's copies link it. */
export const rssStoryUrl = (seed: string, i: number) => `https://bench.kz/${seed}/${i}`;

/** `firstText` numbers the texts from there, so separately generated files do not repeat each other. */
export function rssFiles(total: number, seed: string, firstText = 0): IngestInput[] {
  return chunks(total, 200).map(([start, count], f) => ({
    name: `feed-${seed}-${f}.rss`,
    bytes: encode(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><link>https://bench.kz/</link>${range(
        firstText + start,
        count,
      )
        .map(
          (i) =>
            `<item><title>${xml(`Жаңалық ${seed} ${i}`)}</title><link>${rssStoryUrl(seed, i)}?utm_source=rss</link><dc:creator>Автор ${i % 17}</dc:creator><pubDate>Sat, 14 Mar 2026 10:00:00 +0500</pubDate><description><![CDATA[<p>${sentence(i)}</p>]]></description></item>`,
        )
        .join("")}</channel></rss>`,
    ),
  }));
}

export function telegramFiles(total: number, seed: string): IngestInput[] {
  return chunks(total, 1000).map(([start, count], f) => ({
    name: `result-${seed}-${f}.json`,
    bytes: encode(
      JSON.stringify({
        name: "Bench",
        type: "public_channel",
        id: 1000 + f,
        messages: range(start, count).map((i) => ({
          id: i,
          type: "message",
          date: "2026-03-14T10:00:00",
          date_unixtime: "1773464400",
          from: "Bench",
          text: [{ type: "bold", text: `${seed} ${i}: ` }, sentence(i)],
        })),
      }),
    ),
  }));
}

export function xApiFiles(total: number, seed: string): IngestInput[] {
  return chunks(total, 100).map(([start, count], f) => ({
    name: `tweets-${seed}-${f}.json`,
    bytes: encode(
      JSON.stringify({
        data: range(start, count).map((i) => ({
          id: `${seed.length}${i}${f}`,
          text: `${seed} ${sentence(i)}`,
          author_id: String(i % 50),
          created_at: "2026-03-14T05:10:00.000Z",
          public_metrics: { retweet_count: i % 9, impression_count: i },
        })),
        includes: { users: range(0, 50).map((u) => ({ id: String(u), username: `user${u}`, name: `User ${u}` })) },
      }),
    ),
  }));
}

/** VK `wall.get` responses of 100 posts (the API's largest page), with the group that posted them. */
export function vkWallFiles(total: number, seed: string): IngestInput[] {
  return chunks(total, 100).map(([start, count], f) => ({
    name: `wall-${seed}-${f}.json`,
    bytes: encode(
      JSON.stringify({
        response: {
          count: total,
          items: range(start, count).map((i) => ({
            id: i + 1,
            owner_id: -(1000 + f),
            from_id: -(1000 + f),
            date: 1773464400 + i,
            post_type: "post",
            text: `${seed} ${sentence(i)}`,
            views: { count: i * 3 },
            reposts: { count: i % 11 },
          })),
          groups: [{ id: 1000 + f, name: `Bench group ${f}`, screen_name: `bench_${f}` }],
        },
      }),
    ),
  }));
}

export function csvFiles(total: number, seed: string): IngestInput[] {
  return chunks(total, 2000).map(([start, count], f) => ({
    name: `export-${seed}-${f}.csv`,
    bytes: encode(
      `Platform,Page Name,Post Created,Message,Link,Total Views\n${range(start, count)
        .map(
          (i) =>
            `Facebook,Page ${i % 30},2026-03-14 09:15:00 +0500,"${seed} ${sentence(i)}",https://www.facebook.com/p/${seed}${i},${i}`,
        )
        .join("\n")}\n`,
    ),
  }));
}

export function htmlFiles(total: number, seed: string): IngestInput[] {
  return range(0, total).map((i) => ({
    name: `https://bench.kz/${seed}/page-${i}.html`,
    bytes: encode(
      `<!doctype html><html lang="kk"><head><title>Бет ${i}</title><meta property="og:title" content="Жаңалық ${seed} ${i}"><meta property="article:published_time" content="2026-03-14T10:00:00+05:00"></head><body><nav><a href="/">Басты</a> <a href="/news">Жаңалықтар</a></nav><article><h1>Жаңалық ${seed} ${i}</h1>${range(
        0,
        8,
      )
        .map((p) => `<p>${sentence(i * 10 + p)} ${KK}. ${RU}.</p>`)
        .join("")}<p>Дереккөз: https://aikyn.kz</p></article><footer>© bench.kz</footer></body></html>`,
    ),
  }));
}

/**
 * One Telegram channel post reposting the RSS item `i` of `rssSeed` (`rssFiles`): a one-line
 * comment over the item's text and a "read more" link to its URL, as channels repost news.
 */
export function telegramRepost(i: number, rssSeed: string): IngestInput {
  return {
    name: `result-repost-${rssSeed}-${i}.json`,
    bytes: encode(
      JSON.stringify({
        name: "Bench reposts",
        type: "public_channel",
        id: 7000,
        messages: [
          {
            id: i + 1,
            type: "message",
            date: "2026-03-14T10:30:00",
            date_unixtime: "1773466200",
            from: "Bench reposts",
            text: ["Назар аударыңыз!\n", sentence(i), "\nТолығырақ: ", { type: "link", text: rssStoryUrl(rssSeed, i) }],
          },
        ],
      }),
    ),
  };
}
