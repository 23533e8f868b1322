import sharp from "sharp";

/** Copies whose hashes differ in at most this many of 64 bits are the same picture (measured by pnpm bench:media). */
export const SAME_IMAGE_MAX_DISTANCE = 10;

/**
 * A 64-bit difference hash (dHash): the picture in grayscale at 9×8, one bit per pair of
 * neighbouring pixels (is the left one darker?). Resizing, recompression and a slight crop change
 * few bits, unlike a byte hash. Returned as a signed 64-bit value, as PostgreSQL's bigint holds it.
 */
export async function differenceHash(bytes: Uint8Array): Promise<bigint> {
  const pixels = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .flatten({ background: "#ffffff" })
    .grayscale()
    .resize(9, 8, { fit: "fill" })
    .raw()
    .toBuffer();
  let hash = 0n;
  for (let row = 0; row < 8; row++) {
    for (let column = 0; column < 8; column++) {
      const left = pixels[row * 9 + column] ?? 0;
      const right = pixels[row * 9 + column + 1] ?? 0;
      hash = (hash << 1n) | (left < right ? 1n : 0n);
    }
  }
  return BigInt.asIntN(64, hash);
}

/** How many of the 64 bits two hashes differ in. */
export function hashDistance(a: bigint, b: bigint): number {
  let diff = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (diff > 0n) {
    count += Number(diff & 1n);
    diff >>= 1n;
  }
  return count;
}

/** Decoding bombs (a tiny file declaring a huge canvas) are refused past this many pixels. */
export const MAX_INPUT_PIXELS = 40_000_000;
