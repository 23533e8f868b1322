import type { TParsedItem } from "@tekser/contracts";
import { Prisma, type SqlRunner } from "@tekser/db";
import { insertVersions } from "./ingest-insert.ts";
import { versionedFields, versionRow, type KnownItem } from "./ingest-records.ts";

/** A version's place in time: its edit time, else (an unedited original) its publication time. */
const versionTime = (v: { editedAt: Date | null; publishedAt: Date | null }) => v.editedAt ?? v.publishedAt;

/**
 * Stores a new version of a known item and returns its version number. Versions are numbered in
 * edit order and the item shows the newest: an edit arriving after a later one (a re-fetched
 * older export, Bot API updates out of order) is slotted in before it and leaves the item's
 * fields alone. For formats without edit times, or without one on either side, the arrival
 * order decides, as it always did.
 */
export async function storeEditedVersion(
  tx: SqlRunner,
  item: KnownItem,
  parsed: TParsedItem,
  hash: string,
  rawDocumentId: string,
): Promise<number> {
  const fields = versionedFields(parsed);
  const incoming = versionTime(fields);
  const current = versionTime(item);
  // `editedAt` absent: the format has no edit times, so an older date proves nothing (an RSS copy
  // of an Atom entry); null: the format has them and this text was never edited.
  const knowsEdits = parsed.editedAt !== undefined;
  const older =
    knowsEdits &&
    (fields.editedAt !== null || item.editedAt !== null) &&
    incoming !== null &&
    current !== null &&
    incoming < current;
  if (!older) {
    const version = item.version + 1;
    await insertVersions(tx, [{ itemId: item.id, ...versionRow(parsed, hash, version, rawDocumentId) }]);
    // An edit that does not say when the post was first published (an X edit without its
    // original in the response) keeps the time already known.
    const publishedAt = fields.publishedAt ?? item.publishedAt;
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Item" SET "title" = ${fields.title}, "text" = ${fields.text}, "lang" = ${fields.lang}, "publishedAt" = ${publishedAt}::timestamptz,
             "editedAt" = ${fields.editedAt}::timestamptz, "author" = ${fields.author}, "views" = ${fields.views}::int, "reposts" = ${fields.reposts}::int,
             "archivedAt" = ${fields.archivedAt}::timestamptz, "originalSource" = ${fields.originalSource}, "links" = ${fields.links}::text[],
             "mediaUrls" = ${fields.mediaUrls}::text[], "languageVersions" = ${fields.languageVersions}::text[], "contentHash" = ${hash}, "version" = ${version}::int
      WHERE "id" = ${item.id}::uuid`);
    Object.assign(item, { version, editedAt: fields.editedAt, publishedAt, title: fields.title, text: fields.text });
    return version;
  }
  const stored = await tx.$queryRaw<{ version: number; editedAt: Date | null; publishedAt: Date | null }[]>`
    SELECT "version", "editedAt", "publishedAt" FROM "ItemVersion" WHERE "itemId" = ${item.id}::uuid`;
  // After every version made at or before it; versions without a time stay where they are.
  const version =
    1 +
    Math.max(
      0,
      ...stored.filter((v) => (versionTime(v)?.getTime() ?? -Infinity) <= incoming.getTime()).map((v) => v.version),
    );
  // Two steps through negative numbers, so (itemId, version) stays unique while the later versions move up.
  await tx.$executeRaw`UPDATE "ItemVersion" SET "version" = -("version" + 1) WHERE "itemId" = ${item.id}::uuid AND "version" >= ${version}`;
  await tx.$executeRaw`UPDATE "ItemVersion" SET "version" = -"version" WHERE "itemId" = ${item.id}::uuid AND "version" < 0`;
  await insertVersions(tx, [{ itemId: item.id, ...versionRow(parsed, hash, version, rawDocumentId) }]);
  // The current version moved up one place; its content stays the item's, and a publication time
  // the item lacked (its edit arrived first) is taken from the earlier version.
  const publishedAt = item.publishedAt ?? fields.publishedAt;
  await tx.$executeRaw`UPDATE "Item" SET "version" = ${item.version + 1}::int, "publishedAt" = ${publishedAt}::timestamptz WHERE "id" = ${item.id}::uuid`;
  item.publishedAt = publishedAt;
  item.version += 1;
  return version;
}
