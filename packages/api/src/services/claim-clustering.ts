import { fingerprintText, sameClaim, searchText } from "@tekser/claims";
import type { Tx } from "@tekser/db";
import { recordAudit, type Actor } from "./audit-log.ts";
import { findCandidates, saveFingerprint } from "./claim-fingerprints.ts";

const CLAIM_TITLE_MAX = 200;
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

const clusterItemSelect = {
  id: true,
  kind: true,
  site: true,
  title: true,
  text: true,
  lang: true,
  publishedAt: true,
  archivedAt: true,
  ingestedAt: true,
  originalSource: true,
} as const;

/**
 * Places a freshly stored item in a claim: it joins the claim of its most similar near-duplicate
 * (MinHash + LSH, see @tekser/claims) or, when `mayStartClaim`, starts a new one. Runs inside
 * the ingest transaction. Only ever places the new item: items already in claims, above all
 * those a reviewer placed by hand, are never moved. Returns the claim id, or null.
 */
export async function clusterItem(tx: Tx, actor: Actor, itemId: string, options: { mayStartClaim: boolean }): Promise<string | null> {
  const item = await tx.item.findUniqueOrThrow({ where: { id: itemId }, select: clusterItemSelect });
  const fullText = [item.title, item.text].filter(Boolean).join("\n");
  const fingerprint = fingerprintText(fullText);

  let best: { claimId: string; score: number } | null = null;
  for (const candidate of await findCandidates(tx, fingerprint)) {
    const match = sameClaim(fingerprint, candidate.fingerprint);
    if (match && (!best || match.jaccard > best.score)) best = { claimId: candidate.claimId, score: match.jaccard };
  }
  const seenAt = item.publishedAt ?? item.archivedAt ?? item.ingestedAt;
  const claimId = best ? await joinClaim(tx, actor, best.claimId, itemId, seenAt) : options.mayStartClaim ? await startClaim(tx, item, seenAt) : null;

  await saveFingerprint(tx, itemId, fingerprint);
  await tx.item.update({ where: { id: itemId }, data: { searchText: searchText(fullText), claimId } });
  if (claimId) await linkAttribution(tx, claimId, item.id, item.site, item.originalSource);
  return claimId;
}

async function startClaim(tx: Tx, item: { title: string | null; text: string; lang: string }, seenAt: Date): Promise<string> {
  const shortTitle = claimTitle(item);
  const claim = await tx.claim.create({
    data: { title: shortTitle, searchTitle: searchText(shortTitle), lang: item.lang, firstSeenAt: seenAt },
    select: { id: true },
  });
  return claim.id;
}

async function joinClaim(tx: Tx, actor: Actor, claimId: string, itemId: string, seenAt: Date): Promise<string> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { firstSeenAt: true, verdict: true, status: true } });
  const resurfaces = isSettled(claim);
  await tx.claim.update({
    where: { id: claimId },
    data: {
      ...(seenAt < claim.firstSeenAt ? { firstSeenAt: seenAt } : {}),
      ...(resurfaces ? { resurfaced: true, resurfacedAt: new Date() } : {}),
    },
  });
  if (resurfaces) {
    await recordAudit(tx, actor, {
      action: "claim.resurfaced",
      subjectType: "claim",
      subjectId: claimId,
      after: { itemId, verdict: claim.verdict, status: claim.status },
    });
  }
  return claimId;
}

/** "aikyn.kz", "https://www.aikyn.kz/…" and "Aikyn.kz" all name the same outlet. */
export function outletHost(value: string): string {
  const host = /^[a-z]+:\/\//i.test(value) ? (URL.parse(value)?.hostname ?? value) : value.split("/")[0] ?? value;
  return host.trim().toLowerCase().replace(/^(www|m)\./, "");
}

/**
 * Links the copy to the original outlet's item in the same claim, in whichever order they
 * arrive: this item to its named origin, and earlier copies naming this item's site to it.
 * Both lookups are narrowed in the database: a claim may have thousands of copies.
 */
async function linkAttribution(tx: Tx, claimId: string, itemId: string, site: string, originalSource: string | null): Promise<void> {
  if (originalSource) {
    const host = outletHost(originalSource);
    const origin = await tx.item.findFirst({
      where: { claimId, id: { not: itemId }, site: { in: [host, `www.${host}`, `m.${host}`], mode: "insensitive" } },
      orderBy: { ingestedAt: "asc" },
      select: { id: true },
    });
    if (origin) await tx.item.update({ where: { id: itemId }, data: { originalItemId: origin.id } });
  }
  const host = outletHost(site);
  const namingThisSite = await tx.item.findMany({
    where: { claimId, id: { not: itemId }, originalItemId: null, originalSource: { contains: host, mode: "insensitive" } },
    select: { id: true, originalSource: true },
  });
  const copies = namingThisSite.filter((copy) => copy.originalSource && outletHost(copy.originalSource) === host);
  if (copies.length > 0) {
    await tx.item.updateMany({ where: { id: { in: copies.map((copy) => copy.id) } }, data: { originalItemId: itemId } });
  }
}
