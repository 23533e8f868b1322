import { createHash } from "node:crypto";
import sharp from "sharp";
import { sniffImageType, type ImageType } from "./image-type.ts";
import { differenceHash, MAX_INPUT_PIXELS } from "./perceptual-hash.ts";

const THUMBNAIL_WIDTH = 320;

/** Bytes that are not an image Tekser keeps (wrong type, broken, too many pixels). */
export class UnsupportedImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedImageError";
  }
}

export interface DecodedImage {
  sha256: string;
  contentType: ImageType;
  width: number;
  height: number;
  bytes: Uint8Array;
  thumbnail: Uint8Array;
  dHash: bigint;
}

/** Checks and describes image bytes: type from the bytes, size, a JPEG thumbnail and the dHash. */
export async function decodeImage(bytes: Uint8Array): Promise<DecodedImage> {
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new UnsupportedImageError("not a PNG, JPEG, WebP or GIF image");
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS });
    const { width, height } = await image.metadata();
    const thumbnail = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .flatten({ background: "#ffffff" })
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
    return {
      sha256: createHash("sha256").update(bytes).digest("hex"),
      contentType,
      width,
      height,
      bytes,
      thumbnail,
      dHash: await differenceHash(bytes),
    };
  } catch (error) {
    throw new UnsupportedImageError(
      `the image could not be decoded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
