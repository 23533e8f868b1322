import type { Db } from "@tekser/db";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";
import { TelegramBotApi } from "../tipline/bot-api.ts";
import { tiplineSettings } from "../tipline/tipline-settings.ts";
import { fetchImageBytes, MAX_IMAGE_BYTES, PermanentFetchError } from "./image-fetch.ts";
import { UnsupportedImageError } from "./image-decode.ts";
import { storeImage } from "./image-store.ts";
import { joinClaimByImage } from "./image-evidence.ts";
import { placeImageText } from "./image-text-item.ts";
import { readImageText } from "./image-text.ts";

/** A URL that keeps failing (site down, timeouts) is given up after this many tries. */
export const MAX_MEDIA_ATTEMPTS = 3;

/** An uploaded tip image: the /submit form stores its bytes at once under this reference. */
const UPLOAD_REF = /^upload:sha256:([0-9a-f]{64})$/;
/** A photo or image document sent to the tipline bot, by its Telegram file id. */
const TELEGRAM_REF = /^telegram:(.+)$/;

/**
 * Brings one image an item refers to into the store: fetched (http/https through the outbound
 * guard) or found by the upload's hash, decoded, thumbnailed, hashed, read by OCR, its text
 * placed as an item, and the item moved to the claim its image points to (IMAGE_EVIDENCE_RULE). Ends with the row stored, failed (with the reason) or skipped; a transient
 * failure leaves it pending for the next sweep until MAX_MEDIA_ATTEMPTS.
 */
export async function processItemMedia(db: Db, itemMediaId: string, outbound: OutboundPolicy): Promise<void> {
  const row = await db.itemMedia.findUnique({
    where: { id: itemMediaId },
    select: { id: true, itemId: true, url: true, state: true, attempts: true },
  });
  if (!row || row.state !== "pending") return;
  const attempts = row.attempts + 1;
  let sha256: string;
  try {
    sha256 = await obtainImage(db, row.url, outbound);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent =
      error instanceof PermanentFetchError || error instanceof UnsupportedImageError || attempts >= MAX_MEDIA_ATTEMPTS;
    await db.itemMedia.update({
      where: { id: row.id },
      data: { attempts, error: message, state: permanent ? "failed" : "pending" },
    });
    return;
  }
  await db.itemMedia.update({
    where: { id: row.id },
    data: { attempts, error: null, state: "stored", imageSha256: sha256, fetchedAt: new Date() },
  });
  const text = await readImageText(db, sha256);
  const textItemId = text === null ? null : await placeImageText(db, row.itemId, sha256, text);
  if (textItemId) await db.itemMedia.update({ where: { id: row.id }, data: { textItemId } });
  await joinClaimByImage(db, row.itemId, sha256, textItemId);
}

async function obtainImage(db: Db, url: string, outbound: OutboundPolicy): Promise<string> {
  const upload = UPLOAD_REF.exec(url);
  if (upload?.[1]) {
    const stored = await db.mediaImage.findUnique({ where: { sha256: upload[1] }, select: { sha256: true } });
    if (!stored) throw new PermanentFetchError("the uploaded image was not kept");
    return stored.sha256;
  }
  const telegram = TELEGRAM_REF.exec(url);
  if (telegram?.[1]) return (await storeImage(db, await downloadTelegramFile(db, telegram[1], outbound))).sha256;
  if (!/^https?:\/\//i.test(url)) throw new PermanentFetchError("not an http(s) address");
  const image = await storeImage(db, await fetchImageBytes(url, outbound));
  return image.sha256;
}

/** Through the tipline's bot (its token and Bot API address); without a token the file cannot be had. */
async function downloadTelegramFile(db: Db, fileId: string, outbound: OutboundPolicy): Promise<Uint8Array> {
  const { botToken, apiBaseUrl } = await tiplineSettings(db);
  if (!botToken) throw new PermanentFetchError("the tipline has no bot token to fetch Telegram files with");
  return new TelegramBotApi(apiBaseUrl, botToken, outbound).downloadFile(fileId, MAX_IMAGE_BYTES);
}
