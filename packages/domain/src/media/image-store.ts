import type { Db } from "@tekser/db";
import { decodeImage, type DecodedImage } from "./image-decode.ts";

/**
 * Stores image bytes once, by their SHA-256, in PostgreSQL (no file store to back up apart from
 * the database; see decision 0019). Returns the decoded image; bytes already stored are not
 * written again.
 */
export async function storeImage(db: Db, bytes: Uint8Array): Promise<DecodedImage> {
  const image = await decodeImage(bytes);
  await db.mediaImage.upsert({
    where: { sha256: image.sha256 },
    update: {},
    create: {
      sha256: image.sha256,
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      byteSize: image.bytes.byteLength,
      bytes: Buffer.from(image.bytes),
      thumbnail: Buffer.from(image.thumbnail),
      dHash: image.dHash,
    },
  });
  return image;
}

/** A stored image or its thumbnail, for the server's media route; null when unknown. */
export async function loadImage(db: Db, sha256: string, variant: "original" | "thumbnail") {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const row = await db.mediaImage.findUnique({
    where: { sha256 },
    select: { contentType: true, bytes: variant === "original", thumbnail: variant === "thumbnail" },
  });
  if (!row) return null;
  return variant === "original"
    ? { contentType: row.contentType, bytes: row.bytes as Uint8Array }
    : { contentType: "image/jpeg", bytes: row.thumbnail as Uint8Array };
}
