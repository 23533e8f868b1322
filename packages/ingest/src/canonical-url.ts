// Query parameters that only say how a reader arrived, never which page it is.
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gbraid",
  "wbraid",
  "dclid",
  "yclid",
  "ysclid",
  "msclkid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_openstat",
  "_ga",
  "_gl",
  "utm",
]);
// Mobile / AMP mirrors serve the same article as the main host.
const MIRROR_HOST_PREFIX = /^(?:m|mobile|amp)\./;

/**
 * Canonical form of an article URL for identity and de-duplication: lowercase host without
 * mobile/AMP prefix, no tracking parameters (utm_*, fbclid, gclid, yclid, ...), remaining
 * parameters sorted, no fragment, no trailing slash. Unparsable input comes back trimmed.
 */
export function canonicalizeUrl(url: string): string {
  const trimmed = url.trim();
  const parsed = parseLoose(trimmed);
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return trimmed;

  const host = parsed.hostname.toLowerCase().replace(/\.$/, "").replace(MIRROR_HOST_PREFIX, "");
  const port = parsed.port ? `:${parsed.port}` : "";
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !isTrackingParam(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = parsed.pathname.replace(/\/+$/, "");
  return `${parsed.protocol}//${host}${port}${path}${query}`;
}

/** A site name as used in items and hashes: lowercase host, no www./mobile prefix. */
export function normaliseSite(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "")
    .replace(MIRROR_HOST_PREFIX, "");
}

/** Host of a URL or bare domain ("https://Aikyn.KZ/x", "Aikyn.KZ") as a site name, else null. */
export function siteFromUrlOrDomain(value: string): string | null {
  const parsed = parseLoose(value.trim());
  if (!parsed || !/\.[a-z]{2,}$/i.test(parsed.hostname)) return null;
  return normaliseSite(parsed.hostname);
}

function isTrackingParam(key: string): boolean {
  const k = key.toLowerCase();
  return k.startsWith("utm_") || TRACKING_PARAMS.has(k);
}

function parseLoose(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    // Bare "site.kz/path" as people paste it.
    if (!/^[\w-]+(\.[\w-]+)+(\/|$)/.test(value)) return null;
    try {
      return new URL(`https://${value}`);
    } catch {
      return null;
    }
  }
}

/**
 * The site an input's name shows: the host of a fetched URL, else "unknown". A local file path
 * ("/home/desk/feeds/aikyn.rss", "feed.xml") names no site, and would otherwise become one.
 */
export function siteOfInputName(name: string): string {
  return (/^https?:\/\//i.test(name.trim()) ? siteFromUrlOrDomain(name) : null) ?? "unknown";
}
