import { z } from "zod";

export const ZMediaState = z.enum(["pending", "stored", "failed", "skipped"]);

/** Another item showing the same picture (same bytes, or a resized or recompressed copy). */
export const ZSameImageSighting = z.object({
  itemId: z.uuid(),
  site: z.string(),
  url: z.string().nullable(),
  claimId: z.uuid().nullable(),
  claimTitle: z.string().nullable(),
  /** Bits of 64 in which the two pictures' hashes differ: 0 is the same file. */
  distance: z.number().int(),
});

/** One image an item of the claim refers to, as the claim page shows it. */
export const ZClaimImage = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  site: z.string(),
  /** The original URL (or tip reference), kept as the item gave it. */
  url: z.string(),
  state: ZMediaState,
  error: z.string().nullable(),
  fetchedAt: z.iso.datetime().nullable(),
  sha256: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** "done", "off" (OCR not installed), "failed: …", or null while not read yet. */
  ocrState: z.string().nullable(),
  ocrText: z.string().nullable(),
  /** The item made of the image's text, and the claim clustering placed it in. */
  textItemId: z.uuid().nullable(),
  textClaimId: z.uuid().nullable(),
  sameImageSeenIn: z.array(ZSameImageSighting),
});
export type TClaimImage = z.infer<typeof ZClaimImage>;

export const ZClaimMediaInput = z.object({ claimId: z.uuid() });
export const ZClaimMediaOutput = z.object({ images: z.array(ZClaimImage) });
export type TClaimMediaOutput = z.infer<typeof ZClaimMediaOutput>;

export const ZQueueThumbnailsInput = z.object({ claimIds: z.array(z.uuid()).max(200) });
export const ZQueueThumbnailsOutput = z.object({
  thumbnails: z.array(z.object({ claimId: z.uuid(), sha256: z.string() })),
});

/** Where the server serves a stored image (staff only): `/media/<sha256>` and its thumbnail. */
export const mediaImagePath = (sha256: string, variant: "original" | "thumbnail") =>
  variant === "original" ? `/media/${sha256}` : `/media/${sha256}/thumbnail`;
