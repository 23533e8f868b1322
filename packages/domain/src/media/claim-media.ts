import type { TClaimImage, TClaimMediaOutput } from "@tekser/contracts";
import { ZMediaState } from "@tekser/contracts";
import { Prisma, type Db } from "@tekser/db";
import { imageDistance, sameImageAs } from "./same-image.ts";

interface ImageRow {
  id: string;
  itemId: string;
  site: string;
  url: string;
  state: string;
  error: string | null;
  fetchedAt: Date | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  dHash: bigint | null;
  ocrState: string | null;
  ocrText: string | null;
  textItemId: string | null;
  textClaimId: string | null;
}

/**
 * The images of a claim's items, and of items whose image text clustering placed in the claim
 * (a screenshot in a tip joins the claim it shows), each with every other item showing the same
 * picture: the same bytes or a copy whose dHash is within SAME_IMAGE_MAX_DISTANCE bits (same-image.ts).
 */
export async function claimMedia(db: Db, claimId: string): Promise<TClaimMediaOutput> {
  const rows = await db.$queryRaw<ImageRow[]>(Prisma.sql`
    SELECT m."id", m."itemId", i."site", m."url", m."state", m."error", m."fetchedAt", m."imageSha256" AS "sha256", img."width", img."height", img."dHash",
           img."ocrState", img."ocrText", m."textItemId", t."claimId" AS "textClaimId"
    FROM "ItemMedia" m
    JOIN "Item" i ON i."id" = m."itemId"
    LEFT JOIN "Item" t ON t."id" = m."textItemId"
    LEFT JOIN "MediaImage" img ON img."sha256" = m."imageSha256"
    WHERE i."claimId" = ${claimId}::uuid OR t."claimId" = ${claimId}::uuid
    ORDER BY m."createdAt", m."url"`);
  const images: TClaimImage[] = [];
  for (const row of rows) {
    const { dHash, fetchedAt, state, ...rest } = row;
    images.push({
      ...rest,
      state: ZMediaState.parse(state),
      fetchedAt: fetchedAt?.toISOString() ?? null,
      sameImageSeenIn: dHash === null ? [] : await sameImageSightings(db, row.itemId, dHash),
    });
  }
  return { images };
}

/** Other items whose stored image is the same picture, nearest first. */
async function sameImageSightings(db: Db, itemId: string, dHash: bigint) {
  return db.$queryRaw<TClaimImage["sameImageSeenIn"]>(Prisma.sql`
    SELECT DISTINCT ON (o."itemId") o."itemId", i."site", i."url", i."claimId", c."title" AS "claimTitle",
           ${imageDistance("img", dHash)}::int AS "distance"
    FROM "MediaImage" img
    JOIN "ItemMedia" o ON o."imageSha256" = img."sha256"
    JOIN "Item" i ON i."id" = o."itemId"
    LEFT JOIN "Claim" c ON c."id" = i."claimId"
    WHERE ${sameImageAs("img", dHash)} AND o."itemId" <> ${itemId}::uuid
    ORDER BY o."itemId", "distance"
    LIMIT 20`);
}

/** The first stored image of each claim, for the queue's thumbnails. */
export async function queueThumbnails(db: Db, claimIds: string[]) {
  if (claimIds.length === 0) return { thumbnails: [] };
  const thumbnails = await db.$queryRaw<{ claimId: string; sha256: string }[]>(Prisma.sql`
    SELECT DISTINCT ON (i."claimId") i."claimId", m."imageSha256" AS "sha256"
    FROM "ItemMedia" m JOIN "Item" i ON i."id" = m."itemId"
    WHERE i."claimId" = ANY(${claimIds}::uuid[]) AND m."imageSha256" IS NOT NULL
    ORDER BY i."claimId", m."createdAt"`);
  return { thumbnails };
}
