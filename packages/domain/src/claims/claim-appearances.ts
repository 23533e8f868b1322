import type { TClaimAppearances } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { verdictLabelsOfClaims } from "./claim-verdict-label.ts";

const appearanceSelect = {
  id: true,
  kind: true,
  site: true,
  lang: true,
  url: true,
  title: true,
  publishedAt: true,
  ingestedAt: true,
  originalSource: true,
  originalItemId: true,
  clusterPinned: true,
} satisfies Prisma.ItemSelect;

/** Time order: published items earliest first, then undated ones as Tekser saw them. */
export const APPEARANCE_ORDER = [
  { publishedAt: { sort: "asc", nulls: "last" } },
  { ingestedAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ItemOrderByWithRelationInput[];

/**
 * Every place the claim appeared, in time order, with the first appearance (`firstAppearance`),
 * and counts by site and language. Published notices use the same order and rule.
 */
export async function getAppearances(db: Db, claimId: string): Promise<TClaimAppearances> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      resurfaced: true,
      resurfacedAt: true,
      verdict: true,
      mergedIntoId: true,
      items: { orderBy: APPEARANCE_ORDER, select: appearanceSelect },
    },
  });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${claimId}`, { claimId: claimId });
  const first = firstAppearance(claim.items);
  const labels = claim.verdict ? await verdictLabelsOfClaims(db, [claim.id]) : new Map<string, string>();
  return {
    claimId: claim.id,
    resurfaced: claim.resurfaced,
    resurfacedAt: claim.resurfacedAt?.toISOString() ?? null,
    verdict: claim.verdict,
    verdictLabelId: labels.get(claim.id) ?? null,
    mergedIntoId: claim.mergedIntoId,
    appearances: claim.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      site: item.site,
      lang: item.lang,
      url: item.url,
      title: item.title,
      publishedAt: item.publishedAt?.toISOString() ?? null,
      ingestedAt: item.ingestedAt.toISOString(),
      originalSource: item.originalSource,
      originalItemId: item.originalItemId,
      pinned: item.clusterPinned,
      isFirst: item.id === first?.itemId,
    })),
    firstAppearance: first,
    bySite: countBy(claim.items, (item) => item.site).map(([site, count]) => ({ site, count })),
    byLang: countBy(claim.items, (item) => item.lang).map(([lang, count]) => ({ lang, count })),
  };
}

/** What the first-appearance rule reads of each item; `items` must be in appearance order. */
interface AppearanceOrderRow {
  id: string;
  publishedAt: Date | null;
  ingestedAt: Date;
  originalItemId: string | null;
}

/**
 * The claim's first appearance: the earliest published item; when no item carries a publication
 * time, the original outlet the copies name; failing that, the item Tekser saw first.
 */
export function firstAppearance(items: readonly AppearanceOrderRow[]): TClaimAppearances["firstAppearance"] {
  const published = items.find((item) => item.publishedAt !== null);
  if (published) return { itemId: published.id, basis: "published" };
  const originIds = new Set(items.map((item) => item.originalItemId).filter((id): id is string => id !== null));
  const origin = items.find((item) => originIds.has(item.id) && item.originalItemId === null);
  if (origin) return { itemId: origin.id, basis: "attributed-origin" };
  const seenFirst = [...items].sort((a, b) => a.ingestedAt.getTime() - b.ingestedAt.getTime())[0];
  return seenFirst ? { itemId: seenFirst.id, basis: "ingested" } : null;
}

/** Counts per key, most frequent first. */
function countBy<T>(rows: T[], key: (row: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
