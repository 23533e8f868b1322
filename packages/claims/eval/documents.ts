/**
 * Renders an evaluation item as the document production ingests: a saved news page (HTML with
 * OpenGraph/article meta, menus and footers around the article), a Telegram Desktop channel
 * export, a Telegram Bot API update, a VK wall.get response or an X API v2 response. Ingest
 * detects the format from the content, as it does for a file given to the CLI.
 */
import { SITE_MENU, RIGHTS_LINE, type Lang } from "./boilerplate.ts";

type DocumentFormat = "html-page" | "text-page" | "telegram-export" | "telegram-bot" | "vk-wall" | "x-api";

export interface EvalDocument {
  /** The input's name: the page's address for pages, a file name otherwise. */
  name: string;
  format: DocumentFormat;
  body: string;
}

/** A run of post text: plain, bold, a visible link, or a link hidden under a word. */
export type PostPart = string | { bold: string } | { link: string } | { label: string; href: string };

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface PageSpec {
  lang: Lang;
  url: string;
  siteName: string;
  title: string;
  /** null: the page shows no publication time (an aggregator's archive copy). */
  publishedAt: string | null;
  /** Article paragraphs; a paragraph may hold one link as `[label](href)`. */
  paragraphs: string[];
  /** Headlines of the site's other stories, shown in a sidebar. */
  sidebar?: string[];
  /** The same article in the other language on the same outlet (hreflang alternates). */
  alternates?: string[];
}

export function htmlPage(spec: PageSpec): EvalDocument {
  const paragraph = (text: string) =>
    `<p>${escapeHtml(text).replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, href: string) => `<a href="${href}">${label}</a>`)}</p>`;
  const time = spec.publishedAt ? `<time datetime="${spec.publishedAt}">${spec.publishedAt.slice(0, 10)}</time>` : "";
  const meta = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(spec.title)} | ${escapeHtml(spec.siteName)}</title>`,
    `<meta property="og:site_name" content="${escapeHtml(spec.siteName)}">`,
    `<meta property="og:title" content="${escapeHtml(spec.title)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:url" content="${spec.url}">`,
    spec.publishedAt ? `<meta property="article:published_time" content="${spec.publishedAt}">` : "",
    ...(spec.alternates ?? []).map(
      (href) => `<link rel="alternate" hreflang="${spec.lang === "kk" ? "ru" : "kk"}" href="${href}">`,
    ),
  ].join("");
  const menu = SITE_MENU[spec.lang]
    .map((entry, index) => `<a href="/${index === 0 ? "" : `section-${index}`}">${entry}</a>`)
    .join(" ");
  const sidebar = spec.sidebar?.length
    ? `<aside><ul>${spec.sidebar.map((line) => `<li><a href="/">${escapeHtml(line)}</a></li>`).join("")}</ul></aside>`
    : "";
  const body =
    `<header><a class="logo" href="/">${escapeHtml(spec.siteName)}</a><nav>${menu}</nav></header>` +
    `<main><article><h1>${escapeHtml(spec.title)}</h1>${time}${spec.paragraphs.map(paragraph).join("")}</article>${sidebar}</main>` +
    `<footer><p>${escapeHtml(RIGHTS_LINE[spec.lang](spec.siteName))}</p></footer>`;
  return {
    name: spec.url,
    format: "html-page",
    body: `<!doctype html><html lang="${spec.lang}"><head>${meta}</head><body>${body}</body></html>`,
  };
}

export interface PostSpec {
  channelId: number;
  channelName: string;
  messageId: number;
  publishedAt: string;
  parts: PostPart[];
  views: number;
}

/** One message of a Telegram Desktop channel export (`result.json`). */
export function telegramExport(spec: PostSpec): EvalDocument {
  const unix = Math.floor(Date.parse(spec.publishedAt) / 1000);
  const text = spec.parts.map((part) =>
    typeof part === "string"
      ? part
      : "bold" in part
        ? { type: "bold", text: part.bold }
        : "link" in part
          ? { type: "link", text: part.link }
          : { type: "text_link", text: part.label, href: part.href },
  );
  const message = {
    id: spec.messageId,
    type: "message",
    date: localTime(spec.publishedAt),
    date_unixtime: String(unix),
    from: spec.channelName,
    from_id: `channel${spec.channelId}`,
    views: spec.views,
    text,
  };
  const body = JSON.stringify(
    { name: spec.channelName, type: "public_channel", id: spec.channelId, messages: [message] },
    null,
    1,
  );
  return { name: `telegram-${spec.channelId}-${spec.messageId}.json`, format: "telegram-export", body };
}

/** A channel post as the Bot API delivers it (the route a channel with a public username takes). */
export function telegramUpdate(spec: Omit<PostSpec, "parts"> & { username: string; text: string }): EvalDocument {
  const post = {
    message_id: spec.messageId,
    chat: {
      id: -1_000_000_000_000 - spec.channelId,
      type: "channel",
      title: spec.channelName,
      username: spec.username,
    },
    date: Math.floor(Date.parse(spec.publishedAt) / 1000),
    text: spec.text,
    views: spec.views,
  };
  return {
    name: `bot-update-${spec.username}-${spec.messageId}.json`,
    format: "telegram-bot",
    body: JSON.stringify({ ok: true, result: [{ update_id: spec.messageId, channel_post: post }] }, null, 1),
  };
}

export function vkWall(spec: {
  ownerId: number;
  postId: number;
  groupName: string;
  screenName: string;
  publishedAt: string;
  text: string;
  views: number;
}): EvalDocument {
  const item = {
    id: spec.postId,
    owner_id: spec.ownerId,
    from_id: spec.ownerId,
    date: Math.floor(Date.parse(spec.publishedAt) / 1000),
    post_type: "post",
    text: spec.text,
    views: { count: spec.views },
  };
  const body = JSON.stringify(
    {
      response: {
        count: 1,
        items: [item],
        groups: [{ id: -spec.ownerId, name: spec.groupName, screen_name: spec.screenName }],
      },
    },
    null,
    1,
  );
  return { name: `vk-wall${spec.ownerId}_${spec.postId}.json`, format: "vk-wall", body };
}

export function xPost(spec: {
  id: string;
  username: string;
  name: string;
  publishedAt: string;
  text: string;
}): EvalDocument {
  const body = JSON.stringify(
    {
      data: [{ id: spec.id, text: spec.text, author_id: "1", created_at: new Date(spec.publishedAt).toISOString() }],
      includes: { users: [{ id: "1", username: spec.username, name: spec.name }] },
    },
    null,
    1,
  );
  return { name: `x-${spec.username}-${spec.id}.json`, format: "x-api", body };
}

/** Telegram exports write local wall-clock time; the desk's zone is +05:00. */
function localTime(iso: string): string {
  return new Date(Date.parse(iso) + 5 * 3_600_000).toISOString().slice(0, 19);
}
