import type { TParsedItem } from "@tekser/contracts";

const CLAIM_TITLE_MAX = 200;
/** Kinds of item that start a claim of their own; others (headlines, comments) only join one. */
export const CLAIM_KINDS: ReadonlySet<TParsedItem["kind"]> = new Set(["article", "post", "tip"]);
/** Verdicts that make a returning claim worth flagging: the desk has already said what it is. */
const SETTLED_VERDICTS = new Set(["fake", "verified"]);
const SETTLED_STATUSES = new Set(["decided", "published"]);

/** A claim the desk has already judged: a new copy of it "resurfaces". */
export function isSettled(claim: { verdict: string | null; status: string }): boolean {
  return claim.verdict !== null && SETTLED_VERDICTS.has(claim.verdict) && SETTLED_STATUSES.has(claim.status);
}

/** A new claim is titled by the item that started it, cut to a list-friendly length. */
export function claimTitle(item: { title: string | null; text: string }): string {
  const title = item.title ?? item.text;
  return title.length > CLAIM_TITLE_MAX ? `${title.slice(0, CLAIM_TITLE_MAX - 1)}…` : title;
}

/**
 * Platforms host many channels under one site name ("t.me"): naming the platform names no
 * outlet. Their posts are linked by URL instead.
 */
const PLATFORM_HOSTS = new Set([
  "t.me",
  "telegram.me",
  "vk.com",
  "x.com",
  "twitter.com",
  "facebook.com",
  "instagram.com",
  "youtube.com",
  "tiktok.com",
  "ok.ru",
]);

/**
 * The outlet an item is published by and the outlet it names as its source, if any ("aikyn.kz
 * деректеріне сәйкес"), as `outletHost`s: an item naming another's outlet is linked to it.
 */
export function itemOutlets(
  site: string,
  originalSource: string | null,
): { outlet: string; namedOutlet: string | null } {
  const named = originalSource === null ? null : outletHost(originalSource);
  return { outlet: outletHost(site), namedOutlet: named === null || PLATFORM_HOSTS.has(named) ? null : named };
}

/** "aikyn.kz", "https://www.aikyn.kz/…" and "Aikyn.kz" all name the same outlet. */
export function outletHost(value: string): string {
  const host = /^[a-z]+:\/\//i.test(value) ? (URL.parse(value)?.hostname ?? value) : (value.split("/")[0] ?? value);
  return host
    .trim()
    .toLowerCase()
    .replace(/^(www|m)\./, "");
}
