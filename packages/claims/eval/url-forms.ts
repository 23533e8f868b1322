/**
 * The forms in which people paste a link to an article: the address as published, without or
 * with `www.`, over http, with tracking parameters, as the AMP or mobile page, or bare (Telegram
 * links "site.kz/path" without a scheme). A Telegram post's link: t.me/<channel>/<id> or the web
 * preview t.me/s/<channel>/<id>.
 */
export const URL_FORMS = ["as-published", "www", "http", "utm", "amp", "mobile", "bare"] as const;
export type UrlForm = (typeof URL_FORMS)[number];

export function articleUrlForm(url: string, form: UrlForm): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, "");
  const path = `${parsed.pathname}${parsed.search}`;
  switch (form) {
    case "as-published":
      return url;
    case "www":
      return `https://www.${host}${path}`;
    case "http":
      return `http://${host}${path}`;
    case "utm":
      return `${url}${parsed.search ? "&" : "?"}utm_source=telegram&utm_medium=social&utm_campaign=repost`;
    case "amp":
      return parsed.pathname.endsWith("/")
        ? `https://${host}${parsed.pathname}amp/${parsed.search}`
        : `https://${host}/amp${path}`;
    case "mobile":
      return `https://m.${host}${path}`;
    case "bare":
      return `${host}${path}`;
  }
}

export const TELEGRAM_FORMS = ["t.me", "t.me/s", "https-t.me/s"] as const;
export type TelegramForm = (typeof TELEGRAM_FORMS)[number];

export function telegramUrlForm(channel: string, messageId: number, form: TelegramForm): string {
  if (form === "t.me") return `https://t.me/${channel}/${messageId}`;
  if (form === "t.me/s") return `t.me/s/${channel}/${messageId}`;
  return `https://t.me/s/${channel}/${messageId}`;
}
