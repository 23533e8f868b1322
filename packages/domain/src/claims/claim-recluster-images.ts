import { Prisma, type SqlRunner } from "@tekser/db";
import { indexTextOfLeavingItems } from "./claim-covered-copies.ts";
import { imageEvidenceTarget, type ImageCarrier } from "../media/image-evidence.ts";

/**
 * Applies the image-evidence rule (IMAGE_EVIDENCE_RULE) to re-placed items after the text rule
 * placed them, in the order they appeared, as the media stage would have on storing each image:
 * an item its own words cannot place, alone in a claim nobody worked on, joins the claim its
 * image's text joined or else that of an earlier item showing the same picture. Claims in
 * `notInto` (those re-clustering keeps as a reviewer or a notice left them) gain no item. Returns
 * the claim each moved item joined; the claims they leave are empty then, for the caller to close.
 */
export async function placeByImages(
  tx: SqlRunner,
  itemIds: readonly string[],
  notInto: readonly string[],
): Promise<Map<string, string>> {
  const carriers = await tx.$queryRaw<ImageCarrier[]>(Prisma.sql`
    SELECT m."itemId", m."imageSha256", m."textItemId"
    FROM "ItemMedia" m JOIN "Item" i ON i."id" = m."itemId"
    WHERE m."itemId" = ANY(${itemIds}::uuid[]) AND m."imageSha256" IS NOT NULL
    ORDER BY COALESCE(i."publishedAt", i."archivedAt", i."ingestedAt"), i."ingestedAt", i."id", m."createdAt"`);
  const joined = new Map<string, string>();
  for (const carrier of carriers) {
    if (joined.has(carrier.itemId)) continue;
    const target = await imageEvidenceTarget(tx, carrier, { notInto, onlyEarlierItems: true });
    if (!target) continue;
    await indexTextOfLeavingItems(tx, [carrier.itemId]);
    await tx.$executeRaw(
      Prisma.sql`UPDATE "Item" SET "claimId" = ${target.claimId}::uuid WHERE "id" = ${carrier.itemId}::uuid`,
    );
    joined.set(carrier.itemId, target.claimId);
  }
  return joined;
}
