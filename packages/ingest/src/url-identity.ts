import { canonicalizeUrl } from "./canonical-url.ts";

// Paths and parameters by which an outlet serves the AMP version of the same article.
const AMP_PATH_SUFFIX = /\/amp(?:\.html?)?$/i;
const AMP_PATH_PREFIX = /^\/amp(?=\/)/i;
const AMP_PARAMS = new Set(["amp", "output", "outputtype", "_amp"]);
// Telegram serves one post at t.me/c/1, t.me/s/c/1 (the web preview) and telegram.me/c/1.
const TELEGRAM_HOSTS = new Set(["t.me", "telegram.me", "telegram.dog"]);

/**
 * One key for every URL a reader may use for the same page: `canonicalizeUrl`, then without
 * scheme and `www.`, without AMP path and parameter variants, and with Telegram's preview and
 * alias forms folded into `t.me/<channel>/<post>`. Links in posts and pages are compared with the
 * URLs of stored items by this key. Null for what is not a web address.
 */
export function urlIdentityKey(url: string): string | null {
  const canonical = canonicalizeUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(canonical);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  let host = parsed.hostname.replace(/^www\./, "");
  let path = parsed.pathname.replace(AMP_PATH_SUFFIX, "").replace(AMP_PATH_PREFIX, "");
  // A Telegram post's parameters only say how to show it (?single, ?embed, ?comment=…).
  const telegram = TELEGRAM_HOSTS.has(host);
  if (telegram) {
    host = "t.me";
    path = path.replace(/^\/s\//, "/");
  }
  const params = telegram
    ? []
    : [...parsed.searchParams.entries()].filter(([key]) => !AMP_PARAMS.has(key.toLowerCase()));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  const port = parsed.port ? `:${parsed.port}` : "";
  return `${host}${port}${path.replace(/\/+$/, "")}${query}`.toLowerCase();
}

/** The distinct identity keys of a list of URLs, in order, leaving out what is not a web address. */
export function urlIdentityKeys(urls: Iterable<string | null | undefined>): string[] {
  const keys = new Set<string>();
  // An item's URL and canonical URL are mostly one string: parsing it is most of the cost.
  const seen = new Set<string>();
  for (const url of urls) {
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const key = urlIdentityKey(url);
    if (key) keys.add(key);
  }
  return [...keys];
}
