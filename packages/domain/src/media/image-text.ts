import type { Db } from "@tekser/db";
import { ocrAvailability, recogniseText } from "./tesseract.ts";

/**
 * The text in a stored image, read once per image and kept: null when OCR is off (tesseract
 * missing) or failed, with the reason in `ocrState`.
 */
export async function readImageText(db: Db, sha256: string): Promise<string | null> {
  const image = await db.mediaImage.findUniqueOrThrow({
    where: { sha256 },
    select: { ocrText: true, ocrState: true, bytes: true },
  });
  if (image.ocrState === "done") return image.ocrText;
  const availability = await ocrAvailability();
  if (!availability.available) {
    await db.mediaImage.update({ where: { sha256 }, data: { ocrState: "off" } });
    return null;
  }
  try {
    const text = await recogniseText(image.bytes);
    await db.mediaImage.update({ where: { sha256 }, data: { ocrText: text, ocrState: "done" } });
    return text;
  } catch (error) {
    await db.mediaImage.update({
      where: { sha256 },
      data: { ocrState: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) },
    });
    return null;
  }
}
