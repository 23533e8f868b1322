import { createHash, randomUUID } from "node:crypto";
import { detectLanguage } from "@tekser/ingest";
import { connectionPool, inSqlTransaction, type Db } from "@tekser/db";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log.ts";
import { PendingItems } from "../ingest/ingest-insert.ts";

/** Shorter recognised text (a logo, a watermark) is no claim and would only add noise to clustering. */
export const MIN_IMAGE_TEXT_CHARS = 40;

/**
 * Makes the text read in an image an item of its own, a child of the item that showed the image,
 * and places it through the ordinary clustering (decision 0005): a screenshot of a post joins the
 * post's claim, and search finds the image by its words. One text item per image (its content
 * hash is the image's), so a screenshot posted ten times is read and placed once. It may join a
 * claim but never starts one: a picture's stray words are no claim on their own. Returns the text
 * item's id, or null when the text is too short.
 */
export async function placeImageText(
  db: Db,
  fromItemId: string,
  imageSha256: string,
  text: string,
): Promise<string | null> {
  if (text.replace(/\s+/g, "").length < MIN_IMAGE_TEXT_CHARS) return null;
  const contentHash = createHash("sha256").update(`image-text\n${imageSha256}`).digest("hex");
  const known = await db.item.findUnique({ where: { contentHash }, select: { id: true } });
  if (known) return known.id;
  const parent = await db.item.findUniqueOrThrow({
    where: { id: fromItemId },
    select: { kind: true, site: true, url: true, publishedAt: true, archivedAt: true },
  });
  return inSqlTransaction(connectionPool(db), async (tx) => {
    const id = randomUUID();
    const ingestedAt = new Date();
    const row = {
      id,
      kind: parent.kind,
      site: parent.site,
      url: parent.url,
      canonicalUrl: null,
      title: null,
      text,
      lang: detectLanguage(text),
      publishedAt: parent.publishedAt,
      archivedAt: parent.archivedAt,
      editedAt: null,
      originalSource: null,
      links: [],
      mediaUrls: [],
      languageVersions: [],
      contentHash,
      rawDocumentId: null,
      rawLocation: `image:${imageSha256}`,
      parentItemId: fromItemId,
      ingestedAt,
    };
    const pending = new PendingItems(tx, SYSTEM_ACTOR);
    pending.add(
      row,
      {
        itemId: id,
        version: 1,
        contentHash,
        title: null,
        text,
        publishedAt: parent.publishedAt,
        editedAt: null,
        rawDocumentId: null,
        rawLocation: row.rawLocation,
      },
      { ...row, mayStartClaim: false },
    );
    await pending.flush();
    const claimId = pending.placed[0]?.claim ?? null;
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "media.text_read",
      subjectType: "item",
      subjectId: id,
      after: { fromItem: fromItemId, image: imageSha256, claim: claimId },
    });
    return id;
  });
}
