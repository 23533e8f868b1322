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

/** The order items appeared in (as re-clustering replays them), for the item aliased `i`. */
const APPEARANCE_ORDER = Prisma.sql`COALESCE(i."publishedAt", i."archivedAt", i."ingestedAt"), i."ingestedAt", i."id"`;

/** An item and one of its stored images. */
export interface ImageCarrier {
  itemId: string;
  imageSha256: string;
  /** The item that holds the text read in the image, if any was. */
  textItemId: string | null;
}

/** Where the rule may not take an item (re-clustering keeps it to the claims it may change). */
export interface ImageEvidenceLimits {
  /** Claims the item may not join. */
  notInto?: readonly string[];
  /** Only items that appeared before the carrier count as showing its picture, as at ingest. */
  onlyEarlierItems?: boolean;
}

/**
 * Applies IMAGE_EVIDENCE_RULE to an item whose image was just stored: merges the claim it started
 * into the claim the image points to, audited as a merge. Returns the claim it joined, or null.
 */
export async function joinClaimByImage(
  db: Db,
  itemId: string,
  imageSha256: string,
  textItemId: string | null,
): Promise<string | null> {
  return inSqlTransaction(connectionPool(db), async (tx) => {
    const target = await imageEvidenceTarget(tx, { itemId, imageSha256, textItemId }, {});
    if (!target) return null;
    await tx.$executeRaw(
      Prisma.sql`UPDATE "Item" SET "claimId" = ${target.claimId}::uuid WHERE "claimId" = ${target.fromClaimId}::uuid`,
    );
    await absorbClaims(tx, [
      {
        claimId: target.fromClaimId,
        into: target.claimId,
        closeReason: `Merged into ${target.claimId}: ${target.why}`,
      },
    ]);
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "claim.merge",
      subjectType: "claim",
      subjectId: target.claimId,
      before: { source: { id: target.fromClaimId } },
      after: { imageItem: itemId, image: imageSha256 },
      reason: `Media: ${target.why}`,
    });
    return target.claimId;
  });
}

/**
 * The claim IMAGE_EVIDENCE_RULE takes the carrier to, with the claim it leaves and why; null when
 * the rule does not apply (the item is placed by its own words, not alone, or its claim was worked
 * on) or the image points nowhere else.
 */
export async function imageEvidenceTarget(
  tx: SqlRunner,
  carrier: ImageCarrier,
  limits: ImageEvidenceLimits,
): Promise<{ fromClaimId: string; claimId: string; why: string } | null> {
  const [own] = await tx.$queryRaw<{ claimId: string | null; ownChars: number; claimItems: number }[]>(Prisma.sql`
    SELECT i."claimId", length(regexp_replace(coalesce(i."title", '') || i."text", '[^[:alnum:]]', '', 'g'))::int AS "ownChars",
           (SELECT count(*) FROM "Item" o WHERE o."claimId" = i."claimId")::int AS "claimItems"
    FROM "Item" i WHERE i."id" = ${carrier.itemId}::uuid`);
  if (!own?.claimId || own.claimItems !== 1 || own.ownChars > IMAGE_EVIDENCE_RULE.maxCarrierTextChars) return null;
  if (!(await bridgeableClaims(tx, [own.claimId])).get(own.claimId)?.mergeable) return null;
  const target = await claimTheImagePointsTo(
    tx,
    carrier,
    [own.claimId, ...(limits.notInto ?? [])],
    limits.onlyEarlierItems ?? false,
  );
  return target ? { fromClaimId: own.claimId, ...target } : null;
}

async function claimTheImagePointsTo(
  tx: SqlRunner,
  carrier: ImageCarrier,
  notInto: readonly string[],
  onlyEarlierItems: boolean,
): Promise<{ claimId: string; why: string } | null> {
  if (carrier.textItemId) {
    const [text] = await tx.$queryRaw<{ claimId: string | null }[]>(
      Prisma.sql`SELECT "claimId" FROM "Item" WHERE "id" = ${carrier.textItemId}::uuid`,
    );
    if (text?.claimId && !notInto.includes(text.claimId))
      return { claimId: text.claimId, why: "the text in its image is this claim's" };
  }
  const [mine] = await tx.$queryRaw<{ dHash: bigint }[]>(
    Prisma.sql`SELECT "dHash" FROM "MediaImage" WHERE "sha256" = ${carrier.imageSha256}`,
  );
  if (!mine) return null;
  const earlier = onlyEarlierItems
    ? Prisma.sql`AND (${APPEARANCE_ORDER}) < (SELECT ${APPEARANCE_ORDER} FROM "Item" i WHERE i."id" = ${carrier.itemId}::uuid)`
    : Prisma.empty;
  const [same] = await tx.$queryRaw<{ claimId: string }[]>(Prisma.sql`
    SELECT i."claimId" FROM "MediaImage" img
    JOIN "ItemMedia" o ON o."imageSha256" = img."sha256"
    JOIN "Item" i ON i."id" = o."itemId"
    JOIN "Claim" c ON c."id" = i."claimId"
    WHERE ${sameImageAs("img", mine.dHash)} AND o."itemId" <> ${carrier.itemId}::uuid AND i."claimId" <> ALL(${notInto}::uuid[]) AND c."mergedIntoId" IS NULL ${earlier}
    ORDER BY ${imageDistance("img", mine.dHash)}, c."firstSeenAt"
    LIMIT 1`);
  return same ? { claimId: same.claimId, why: "the same image as one of this claim's items" } : null;
}
