import { sameClaim, type ClaimMatch, type Fingerprint } from "@tekser/claims";
import { urlIdentityKeys } from "@tekser/ingest";
import type { ClusterKeys } from "./claim-fingerprints.ts";
import { outletHost } from "./claim-rules.ts";

/** An item as clustering reads it: its text's fingerprint and its URLs, links and source. */
export function clusterKeys(
  item: { site: string; url: string | null; canonicalUrl: string | null; links: readonly string[]; originalSource: string | null },
  fingerprint: Fingerprint,
): ClusterKeys {
  const urlKeys = urlIdentityKeys([item.url, item.canonicalUrl]);
  const own = new Set(urlKeys);
  return {
    fingerprint,
    site: item.site,
    originalSource: item.originalSource,
    urlKeys,
    linkKeys: urlIdentityKeys(item.links).filter((key) => !own.has(key)),
  };
}

/**
 * Platforms host many channels under one site name ("t.me"): naming the platform names no
 * outlet. Their posts are linked by URL instead.
 */
const PLATFORM_HOSTS = new Set(["t.me", "telegram.me", "vk.com", "x.com", "twitter.com", "facebook.com", "instagram.com", "youtube.com", "tiktok.com", "ok.ru"]);

function names(source: string | null, site: string): boolean {
  if (source === null) return false;
  const host = outletHost(source);
  return !PLATFORM_HOSTS.has(host) && host === outletHost(site);
}
const intersects = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && a.some((key) => b.includes(key));

/** One links the other's URL, or names the other's outlet as its source ("aikyn.kz деректеріне сәйкес"). */
export function isLinked(a: ClusterKeys, b: ClusterKeys): boolean {
  return intersects(a.linkKeys, b.urlKeys) || intersects(b.linkKeys, a.urlKeys) || names(a.originalSource, b.site) || names(b.originalSource, a.site);
}

/** The claim match of a new item with a candidate, links and attributions weighed in. */
export function matchCandidate(item: ClusterKeys, candidate: ClusterKeys): ClaimMatch | null {
  return sameClaim(item.fingerprint, candidate.fingerprint, { linked: isLinked(item, candidate) });
}

type BatchEntry = ClusterKeys & { claimId: string };

/**
 * The earlier items of the batch that are in a claim, found by the keys the database lookup uses
 * (band keys, passage anchors, URLs): the batch's half of `findCandidates`.
 */
export class BatchIndex {
  private readonly buckets = new Map<string, number[]>();
  private readonly entries: BatchEntry[] = [];

  add(keys: ClusterKeys, claimId: string): void {
    const id = this.entries.length;
    this.entries.push({ ...keys, claimId });
    for (const key of lookupKeys(keys, "own")) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  candidates(keys: ClusterKeys): BatchEntry[] {
    const seen = new Set<number>();
    for (const key of lookupKeys(keys, "probe")) for (const id of this.buckets.get(key) ?? []) seen.add(id);
    return [...seen].map((id) => this.entries[id] as BatchEntry);
  }
}

/**
 * Keys an item is filed under ("own") and looked up by ("probe"): fingerprints match their own
 * kind, a link is filed under the URL it points to and probed by the item's own URLs, and back.
 */
function lookupKeys(keys: ClusterKeys, side: "own" | "probe"): string[] {
  const { bands, passages } = keys.fingerprint;
  const [filedUrls, linkedUrls] = side === "own" ? [keys.urlKeys, keys.linkKeys] : [keys.linkKeys, keys.urlKeys];
  return [
    ...bands.map((key) => `b${key}`),
    ...passages.map((key) => `p${key}`),
    ...filedUrls.map((key) => `u${key}`),
    ...linkedUrls.map((key) => `l${key}`),
  ];
}
