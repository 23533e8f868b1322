import type { TClaimMergeInput, TClaimSplitInput } from "@tekser/contracts";
import { searchText } from "@tekser/claims";
import type { Db, Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { transitionClaim } from "../claims/claim-transition.ts";
import { indexTextOfLeavingItems } from "../claims/claim-covered-copies.ts";

const CLAIM_TITLE_MAX = 200;

/**
 * A reviewer's merge: every item of `source` moves to `target` and is pinned there, and
 * `source` is closed as merged. A published claim is never merged away: its notices would
 * point at a claim that no longer carries its items.
 */
export async function mergeClaims(db: Db, actor: Actor, input: TClaimMergeInput): Promise<{ claimId: string }> {
  if (input.sourceId === input.targetId)
    throw new AppError("MERGE_INTO_ITSELF", "A claim cannot be merged into itself");
  return db.$transaction(async (tx) => {
    // Both rows locked, in a fixed order so two merges of the same pair cannot deadlock: a change
    // committing meanwhile is seen here instead of being written over.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id IN (${input.sourceId}::uuid, ${input.targetId}::uuid) ORDER BY id FOR UPDATE`;
    // One after the other: a transaction is one connection, which runs one query at a time (pg
    // deprecates queueing a second one on a busy client).
    const source = await loadForEdit(tx, input.sourceId);
    const target = await loadForEdit(tx, input.targetId);
    if (source.mergedIntoId || target.mergedIntoId) {
      throw new AppError("CLAIM_ALREADY_MERGED", "One of these claims was already merged into another claim");
    }
    if (source._count.notices > 0) {
      throw new AppError(
        "MERGE_AWAY_PUBLISHED",
        "The claim to merge away has published notices; merge the other way round",
      );
    }
    const moved = await tx.item.findMany({ where: { claimId: source.id }, select: { id: true } });
    await tx.item.updateMany({ where: { claimId: source.id }, data: { claimId: target.id, clusterPinned: true } });
    await transitionClaim(tx, source.id, "merge", {
      changes: { mergedIntoId: target.id, closeReason: `Merged into ${target.id}` },
    });
    const firstSeenAt = source.firstSeenAt < target.firstSeenAt ? source.firstSeenAt : target.firstSeenAt;
    await tx.claim.update({ where: { id: target.id }, data: { firstSeenAt, revision: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "claim.merge",
      subjectType: "claim",
      subjectId: target.id,
      before: {
        source: { id: source.id, status: source.status },
        target: { firstSeenAt: target.firstSeenAt.toISOString() },
      },
      after: { movedItems: moved.map((item) => item.id), firstSeenAt: firstSeenAt.toISOString() },
      reason: input.reason,
    });
    return { claimId: target.id };
  });
}

/**
 * A reviewer's split: the item leaves its claim and starts a claim of its own, pinned so no later
 * clustering puts it back. The last item of a claim cannot be split out (nothing would be left).
 */
export async function splitItem(db: Db, actor: Actor, input: TClaimSplitInput): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({
      where: { id: input.itemId },
      select: {
        id: true,
        claimId: true,
        title: true,
        text: true,
        lang: true,
        publishedAt: true,
        archivedAt: true,
        ingestedAt: true,
      },
    });
    if (!item) throw new AppError("ITEM_NOT_FOUND", `No item with id ${input.itemId}`, { itemId: input.itemId });
    if (!item.claimId) throw new AppError("ITEM_NOT_IN_CLAIM", "This item is not in a claim", { itemId: input.itemId });
    const fromClaimId = item.claimId;
    const remaining = await tx.item.findMany({
      where: { claimId: fromClaimId, id: { not: item.id } },
      select: { publishedAt: true, archivedAt: true, ingestedAt: true },
    });
    if (remaining.length === 0)
      throw new AppError("ONLY_ITEM_OF_CLAIM", "This is the claim's only item; there is nothing to split it from");

    const title = item.title ?? item.text;
    const shortTitle = title.length > CLAIM_TITLE_MAX ? `${title.slice(0, CLAIM_TITLE_MAX - 1)}…` : title;
    const created = await tx.claim.create({
      data: { title: shortTitle, searchTitle: searchText(shortTitle), lang: item.lang, firstSeenAt: seenAt(item) },
      select: { id: true },
    });
    await indexTextOfLeavingItems(tx, [item.id]);
    await tx.item.update({
      where: { id: item.id },
      data: { claimId: created.id, clusterPinned: true, originalItemId: null },
    });
    await tx.item.updateMany({
      where: { claimId: fromClaimId, originalItemId: item.id },
      data: { originalItemId: null },
    });
    const firstSeenAt = new Date(Math.min(...remaining.map((rest) => seenAt(rest).getTime())));
    await tx.claim.update({ where: { id: fromClaimId }, data: { firstSeenAt, revision: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "claim.split",
      subjectType: "claim",
      subjectId: fromClaimId,
      before: { itemId: item.id, claimId: fromClaimId },
      after: { itemId: item.id, claimId: created.id },
      reason: input.reason,
    });
    return { claimId: created.id };
  });
}

function seenAt(item: { publishedAt: Date | null; archivedAt: Date | null; ingestedAt: Date }): Date {
  return item.publishedAt ?? item.archivedAt ?? item.ingestedAt;
}

async function loadForEdit(tx: Tx, id: string) {
  const claim = await tx.claim.findUnique({
    where: { id },
    select: { id: true, status: true, firstSeenAt: true, mergedIntoId: true, _count: { select: { notices: true } } },
  });
  if (!claim) throw new AppError("CLAIM_NOT_FOUND", `No claim with id ${id}`, { claimId: id });
  return claim;
}
