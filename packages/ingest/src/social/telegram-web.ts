import { parseHTML } from "linkedom";
import { htmlToText } from "../html-page/dom-text.ts";
import { parseLocalDate } from "../local-date.ts";
import { eachRecord, withoutId, type ParseContext, type ParseResult } from "../parse-context.ts";
import { socialPostItem } from "./post-item.ts";

type Document = ReturnType<typeof parseHTML>["document"];
type Element = NonNullable<ReturnType<Document["querySelector"]>>;

/** A message block of the web preview: `data-post="<channel>/<message id>"`. */
const POST_ID = /^([A-Za-z0-9_]{1,64})\/(\d{1,12})$/;
const MESSAGE_BLOCK = /\bdata-post="[A-Za-z0-9_]{1,64}\/\d{1,12}"/;
/** A channel's or a post's address: the channel's name and the post's number. */
const TELEGRAM_PAGE =
  /^https?:\/\/(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31})(?:\/(\d{1,12}))?\/?(?:[?#].*)?$/i;

/**
 * Whether an HTML document is a Telegram channel's web preview (t.me/s/<channel>): a page a desk
 * saves from its browser, or a polled source fetches, to follow a public channel with no bot in it.
 */
export function isTelegramWebPreview(html: string): boolean {
  return html.includes("tgme_widget_message") && MESSAGE_BLOCK.test(html);
}

/**
 * The posts of a channel's web preview, one item each: its own text (not the message it replies
 * to, nor the preview card of a link), its links and the linked page, the channel it was
 * forwarded from (a link to the forwarded post is evidence of what it copies), time, views and
 * photos. Service messages (a pinned post, a new title) are skipped.
 */
export function parseTelegramWebPreview(html: string, ctx: ParseContext): ParseResult {
  const { document } = parseHTML(html);
  const channelTitle = textOf(document.querySelector(".tgme_channel_info_header_title")) ?? meta(document, "og:title");
  const messages = [...document.querySelectorAll("[data-post]")].filter(
    (element) => element.classList.contains("tgme_widget_message") && !element.classList.contains("service_message"),
  );
  return eachRecord(
    messages,
    (index) => `message ${messages[index]?.getAttribute("data-post") ?? index + 1}`,
    (message, location) => {
      const id = POST_ID.exec(message.getAttribute("data-post") ?? "");
      if (!id) return withoutId("the message", ["data-post"]);
      const body = ownText(message);
      const forwarded = message.querySelector(".tgme_widget_message_forwarded_from_name");
      const forwardedHref = httpHref(forwarded);
      const published = message
        .querySelector(".tgme_widget_message_date time[datetime], .tgme_widget_message_meta time[datetime]")
        ?.getAttribute("datetime");
      return socialPostItem({
        location,
        site: "t.me",
        text: body ? htmlToText(body.innerHTML) : null,
        url: `https://t.me/${id[1]}/${id[2]}`,
        publishedAt: published ? parseLocalDate(published, { now: ctx.fetchedAt }) : null,
        author:
          textOf(message.querySelector(".tgme_widget_message_from_author")) ??
          textOf(message.querySelector(".tgme_widget_message_owner_name")) ??
          channelTitle,
        originalSource: forwarded ? (forwardedHref ? channelOf(forwardedHref) : textOf(forwarded)) : null,
        views: viewCount(textOf(message.querySelector(".tgme_widget_message_views"))),
        links: [
          ...(body ? [...body.querySelectorAll("a[href]")].map(httpHref) : []),
          httpHref(message.querySelector("a.tgme_widget_message_link_preview")),
          forwardedHref,
        ],
        mediaUrls: [...message.querySelectorAll(".tgme_widget_message_photo_wrap")].map(backgroundImage),
      });
    },
    (message) => message.outerHTML.slice(0, 2_000),
  );
}

/** The message's own text block: a reply quotes its parent's text in a block of the same class. */
function ownText(message: Element): Element | null {
  return (
    [...message.querySelectorAll(".tgme_widget_message_text")].find(
      (text) => !text.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview"),
    ) ?? null
  );
}

function textOf(element: Element | null): string | null {
  const text = element?.textContent?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

function meta(document: Document, property: string): string | null {
  return document.querySelector(`meta[property="${property}"]`)?.getAttribute("content")?.trim() || null;
}

/** Hashtag and search links are relative ("?q=%23…"): only web addresses are links. */
function httpHref(element: Element | null): string | null {
  const href = element?.getAttribute("href")?.trim();
  return href && /^https?:\/\//i.test(href) ? href : null;
}

/** "https://t.me/aikyn_kz/5512" → "t.me/aikyn_kz", as the Bot API route names a forward's channel. */
function channelOf(href: string): string {
  const channel = TELEGRAM_PAGE.exec(href)?.[1];
  return channel ? `t.me/${channel}` : href;
}

/** "950", "12.3K", "1.2M" as a count. */
function viewCount(text: string | null): number | null {
  const match = /^([\d.,]+)\s*([KM]?)$/i.exec(text ?? "");
  if (!match) return null;
  const value =
    Number((match[1] as string).replace(",", ".")) * (match[2]?.toUpperCase() === "M" ? 1e6 : match[2] ? 1e3 : 1);
  return Number.isFinite(value) ? Math.round(value) : null;
}

function backgroundImage(element: Element): string | null {
  return (
    /background-image:\s*url\(['"]?(https?:\/\/[^'")]+)['"]?\)/i.exec(element.getAttribute("style") ?? "")?.[1] ?? null
  );
}

/**
 * Where Telegram serves a public channel or post as message blocks: a channel's address
 * (t.me/<channel>) answers with a page to join it, its web preview (t.me/s/<channel>) with its
 * latest posts, and a post's address with a page wrapping the post's embed (…?embed=1). Any other
 * address is returned as it is.
 */
export function telegramPreviewUrl(url: string): string {
  const match = TELEGRAM_PAGE.exec(url.trim());
  if (
    !match ||
    ["joinchat", "addstickers", "addemoji", "share", "proxy", "socks", "iv"].includes(
      (match[1] as string).toLowerCase(),
    )
  )
    return url;
  return match[2] ? `https://t.me/${match[1]}/${match[2]}?embed=1&mode=tme` : `https://t.me/s/${match[1]}`;
}
