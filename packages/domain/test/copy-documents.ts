import type { IngestInput } from "../src/ingest/ingest.ts";

/**
 * Documents as the desk receives them, for the copies of one pension story: the outlet's page,
 * an aggregator's page, Telegram channel posts (Bot API updates) — each parsed by the shipped
 * parsers, so URLs, links, dates and attributions come out as in production.
 */
export const PENSION_PARAGRAPHS = [
  "Еңбек және халықты әлеуметтік қорғау министрлігі 2027 жылдан бастап әйелдердің зейнет жасы 65 жасқа дейін бірден көтеріледі деген ақпаратты жоққа шығарды. Ведомство мұндай заң жобасы әзірленбегенін мәлімдеді.",
  "Бұған дейін бірқатар Telegram арналары мен WhatsApp топтарында Үкімет зейнетке шығу жасын келесі қаңтардан өзгертеді деген хабарлама тарады. Хабарламада министрдің атынан жалған дәйексөз келтірілген.",
  "Министрліктің баспасөз хатшысы Айгүл Сейітқалиеваның айтуынша, әйелдердің зейнет жасы 2031 жылға дейін бекітілген кесте бойынша жыл сайын алты айға ғана ұлғаяды. Бұл норма Әлеуметтік кодексте көрсетілген.",
  "Ведомство азаматтарды зейнетақы жүйесіндегі өзгерістер туралы ақпаратты тек ресми сайттан және министрліктің әлеуметтік желідегі парақшаларынан тексеруге шақырды.",
];

export const PENSION_TITLE = "Министрлік зейнет жасы бірден көтеріледі деген ақпаратты жоққа шығарды";
export const PENSION_URL = "https://aikyn.kz/2026/03/14/zeinet-jasy-koterilmeidi.html";

/** The same paragraphs in the 2021 Latin alphabet, as a Latin-script channel reposts them. */
export const PENSION_LATIN_PARAGRAPHS = [
  "Eñbek jäne halyqty äleumettık qorğau ministrlıgı 2027 jyldan bastap äielderdıñ zeinet jasy 65 jasqa deiın bırden köterıledı degen aqparatty joqqa şyğardy. Vedomstvo mūndai zañ jobasy äzırlenbegenın mälımdedı.",
  "Būğan deiın bırqatar Telegram arnalary men WhatsApp toptarynda Ükımet zeinetke şyğu jasyn kelesı qañtardan özgertedı degen habarlama tarady. Habarlamada ministrdıñ atynan jalğan däieksöz keltırılgen.",
];

/** The first paragraph in informal Latin (no diacritics: q, gh, ng, sh, zh), as typed on a phone. */
export const PENSION_INFORMAL_LATIN_LEAD =
  "Engbek zhane halyqty aleumettik qorghau ministrligi 2027 zhyldan bastap aielderding zeinet zhasy 65 zhasqa deiin birden koteriledi degen aqparatty zhoqqa shyghardy. Vedomstvo mundai zang zhobasy azirlenbegenin malimdedi.";

export const NEAR_MISS_PARAGRAPHS = [
  "Еңбек және халықты әлеуметтік қорғау министрлігі 2027 жылдың 1 қаңтарынан бастап ең төменгі зейнетақы мөлшері 12 пайызға өсетінін хабарлады. Ведомство есебі бойынша өзгеріс екі миллионнан астам зейнеткерге қатысты.",
  "Министрліктің баспасөз хатшысы Айгүл Сейітқалиеваның айтуынша, қаражат республикалық бюджетте қарастырылған. Ведомство азаматтарды зейнетақы жүйесіндегі өзгерістер туралы ақпаратты тек ресми сайттан тексеруге шақырды.",
];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An article page as outlets publish them: navigation, the article, "read also" and a footer. */
export function articlePage(options: {
  url: string;
  title: string;
  paragraphs: readonly string[];
  publishedAt?: string;
  site: string;
  lead?: string;
}): IngestInput {
  const published = options.publishedAt
    ? `<meta property="article:published_time" content="${options.publishedAt}">`
    : "";
  const html = `<!doctype html><html lang="kk"><head><meta charset="utf-8">
<title>${escapeHtml(options.title)} | ${options.site}</title>
<meta property="og:url" content="${options.url}"><meta property="og:title" content="${escapeHtml(options.title)}">${published}
</head><body>
<header><nav><a href="/">Басты бет</a> <a href="/qogam">Қоғам</a> <a href="/ekonomika">Экономика</a></nav></header>
<main><article><h1>${escapeHtml(options.title)}</h1>
${options.lead ? `<p>${escapeHtml(options.lead)}</p>` : ""}
${options.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}
</article>
<aside><h3>Тағы оқыңыз</h3><ul><li><a href="/2026/03/13/ауа-райы.html">Алматыда күн суытады</a></li></ul></aside></main>
<footer><p>© 2026 ${options.site}. Материалдарды көшіріп басқанда сілтеме міндетті.</p></footer>
</body></html>`;
  return { name: options.url, bytes: new TextEncoder().encode(html) };
}

let updateId = 700_000;

/** A channel post as the Bot API delivers it, with its links marked as `url` entities. */
export function channelPost(channel: string, messageId: number, text: string, date: string): IngestInput {
  updateId += 1;
  const entities = [...text.matchAll(/https?:\/\/\S+/g)].map((match) => ({
    type: "url",
    // Bot API offsets count UTF-16 code units, as JavaScript string indexes do.
    offset: match.index ?? 0,
    length: match[0].length,
  }));
  const update = {
    update_id: updateId,
    channel_post: {
      message_id: messageId,
      chat: { id: -1001000000000 - messageId, title: channel, username: channel, type: "channel" },
      date: Math.floor(Date.parse(date) / 1000),
      text,
      entities,
    },
  };
  return {
    name: `${channel}-${messageId}.json`,
    bytes: new TextEncoder().encode(JSON.stringify({ ok: true, result: [update] })),
  };
}

/**
 * A channel's web preview page (t.me/s/<channel>) holding several posts, in the markup Telegram
 * serves: each post's text, an optional forward from another channel's post and link preview card.
 */
export function channelWebPreview(
  channel: string,
  posts: readonly {
    id: number;
    text: string;
    date: string;
    forwardedFrom?: string;
    preview?: { url: string; title: string; description: string };
  }[],
): IngestInput {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const blocks = posts.map(
    (post) => `
    <div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="${channel}/${post.id}">
      <div class="tgme_widget_message_bubble">
        ${post.forwardedFrom ? `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/${post.forwardedFrom}"><span dir="auto">${post.forwardedFrom.split("/")[0]}</span></a></div>` : ""}
        <div class="tgme_widget_message_text js-message_text" dir="auto">${escape(post.text).replace(/\n/g, "<br/>")}</div>
        ${post.preview ? `<a class="tgme_widget_message_link_preview" href="${post.preview.url}"><div class="link_preview_title" dir="auto">${escape(post.preview.title)}</div><div class="link_preview_description" dir="auto">${escape(post.preview.description)}</div></a>` : ""}
        <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
          <span class="tgme_widget_message_views">1.1K</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${channel}/${post.id}"><time datetime="${post.date}" class="time">10:00</time></a></span>
        </div></div>
      </div>
    </div></div>`,
  );
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${channel} – Telegram</title><meta property="og:title" content="${channel}"></head>
<body class="widget_frame_base tgme_webpreview"><main class="tgme_main"><section class="tgme_channel_history js-message_history">${blocks.join("")}</section></main></body></html>`;
  return { name: `${channel}.html`, bytes: new TextEncoder().encode(html) };
}
