import { connectionPool, inSqlTransaction, Prisma, type Db, type SqlRunner } from "@tekser/db";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log.ts";
import { bridgeableClaims } from "../claims/claim-bridges.ts";
import { absorbClaims } from "../claims/claim-transition.ts";
import { SAME_IMAGE_MAX_DISTANCE } from "./perceptual-hash.ts";
import { imageDistance, sameImageAs } from "./same-image.ts";

/**
 * When an image is evidence enough to move the item that carried it: the item's own words are
 * too few to place it (a tip saying "is this true?" under a screenshot), it is alone in the claim
 * it started, and nobody has worked on that claim. Its image then shows where it belongs: the
 * claim its read text joined, or else the claim of another item showing the same picture.
 */
export const IMAGE_EVIDENCE_RULE = {
  /** Letters and digits in the carrier's own title and text, at most. */
  maxCarrierTextChars: 80,
  /** Bits two dHashes may differ in and still be one picture (searched through same-image.ts). */
  sameImageMaxDistance: SAME_IMAGE_MAX_DISTANCE,
} as const;

/**
 * Applies IMAGE_EVIDENCE_RULE to an item whose image was just stored: merges the claim it started
 * into the claim the image points to, audited as a merge. Returns the claim it joined, or null.
 */
export async function joinClaimByImage(db: Db, itemId: string, imageSha256: string, textItemId: string | null): Promise<string | null> {
  return inSqlTransaction(connectionPool(db), async (tx) => {
    const [carrier] = await tx.$queryRaw<{ claimId: string | null; ownChars: number; claimItems: number }[]>(Prisma.sql`
      SELECT i."claimId", length(regexp_replace(coalesce(i."title", '') || i."text", '[^[:alnum:]]', '', 'g'))::int AS "ownChars",
             (SELECT count(*) FROM "Item" o WHERE o."claimId" = i."claimId")::int AS "claimItems"
      FROM "Item" i WHERE i."id" = ${itemId}::uuid`);
    if (!carrier?.claimId || carrier.claimItems !== 1 || carrier.ownChars > IMAGE_EVIDENCE_RULE.maxCarrierTextChars) return null;
    if (!(await bridgeableClaims(tx, [carrier.claimId])).get(carrier.claimId)?.mergeable) return null;
    const target = await claimTheImagePointsTo(tx, itemId, carrier.claimId, imageSha256, textItemId);
    if (!target) return null;
    await tx.$executeRaw(Prisma.sql`UPDATE "Item" SET "claimId" = ${target.claimId}::uuid WHERE "claimId" = ${carrier.claimId}::uuid`);
    await absorbClaims(tx, [{ claimId: carrier.claimId, into: target.claimId, closeReason: `Merged into ${target.claimId}: ${target.why}` }]);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "claim.merge",
      subjectType: "claim",
      subjectId: target.claimId,
      before: { source: { id: carrier.claimId } },
      after: { imageItem: itemId, image: imageSha256 },
      reason: `Media: ${target.why}`,
    });
    return target.claimId;
  });
}

async function claimTheImagePointsTo(
  tx: SqlRunner,
  itemId: string,
  ownClaimId: string,
  imageSha256: string,
  textItemId: string | null,
): Promise<{ claimId: string; why: string } | null> {
  if (textItemId) {
    const [text] = await tx.$queryRaw<{ claimId: string | null }[]>(Prisma.sql`SELECT "claimId" FROM "Item" WHERE "id" = ${textItemId}::uuid`);
    if (text?.claimId && text.claimId !== ownClaimId) return { claimId: text.claimId, why: "the text in its image is this claim's" };
  }
  const [mine] = await tx.$queryRaw<{ dHash: bigint }[]>(Prisma.sql`SELECT "dHash" FROM "MediaImage" WHERE "sha256" = ${imageSha256}`);
  if (!mine) return null;
  const [same] = await tx.$queryRaw<{ claimId: string }[]>(Prisma.sql`
    SELECT i."claimId" FROM "MediaImage" img
    JOIN "ItemMedia" o ON o."imageSha256" = img."sha256"
    JOIN "Item" i ON i."id" = o."itemId"
    JOIN "Claim" c ON c."id" = i."claimId"
    WHERE ${sameImageAs("img", mine.dHash)} AND o."itemId" <> ${itemId}::uuid AND i."claimId" <> ${ownClaimId}::uuid AND c."mergedIntoId" IS NULL
    ORDER BY ${imageDistance("img", mine.dHash)}, c."firstSeenAt"
    LIMIT 1`);
  return same ? { claimId: same.claimId, why: "the same image as one of this claim's items" } : null;
}
