import { Prisma, type SqlRunner } from "@tekser/db";
import { saveTranslationKeys, type TranslatableItem } from "./claim-translations.ts";

/**
 * Puts items about to leave their claims, and every item of those claims, back among the items
 * lookups find by their text (fingerprint and translation keys): a leaving item may be what
 * covered its copies there, and a covered copy is covered by nothing in its new claim. Called
 * before the move.
 */
export async function indexTextOfLeavingItems(tx: SqlRunner, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const uncovered = await tx.$queryRaw<(TranslatableItem & { id: string })[]>(Prisma.sql`
    WITH uncovered AS (
      UPDATE "ItemFingerprint" f SET "textIndexed" = true
      WHERE NOT f."textIndexed"
        AND (f."itemId" = ANY(${itemIds}::uuid[])
             OR f."itemId" IN (SELECT o."id" FROM "Item" o
                               WHERE o."claimId" IN (SELECT i."claimId" FROM "Item" i WHERE i."id" = ANY(${itemIds}::uuid[]))))
      RETURNING f."itemId")
    SELECT i."id", i."title", i."text", i."lang", i."publishedAt", i."archivedAt", i."ingestedAt"
    FROM uncovered u JOIN "Item" i ON i."id" = u."itemId"
    WHERE NOT EXISTS (SELECT 1 FROM "ItemTranslationKeys" t WHERE t."itemId" = i."id")`);
  await saveTranslationKeys(
    tx,
    uncovered.map((item) => ({ itemId: item.id, item, indexed: true })),
  );
}
