import type { TIngestReportItem } from "@tekser/contracts";
import { randomUUID } from "node:crypto";
import { concatenatedBytes, Prisma, type SqlRunner } from "@tekser/db";
import { recordAudits, type Actor } from "../audit/audit-log.ts";
import { CLAIM_KINDS } from "../claims/claim-rules.ts";
import { PendingItems } from "./ingest-insert.ts";
import type { PreparedDocument } from "./ingest-prepare.ts";
import { findKnownItems, isDamagedCopy, reportItem, urlKey, versionedFields, versionRow } from "./ingest-records.ts";
import { storeEditedVersion } from "./ingest-versions.ts";
import type { IngestInput } from "./ingest-input.ts";

/** Item kinds that start a claim of their own; headlines found on a page only accompany it. */

/** A parsed input with its items prepared (ingest-prepare.ts), ready for the storing transaction. */
export type PreparedInput = PreparedDocument & { input: IngestInput };

/** What one document brought, for its audit event. */
interface DocumentChanges {
  rawDocumentId: string;
  createdItemIds: string[];
  editedItemIds: string[];
}

/**
 * Stores the items of several parsed documents in one pass: their raw documents, one lookup of
 * the content already known, and one clustering and insert of all their new items, so a run of
 * small documents (one news page each) costs a handful of statements, not a handful per page.
 * Content met twice (in one document or in two) is stored once, as it would be one document after
 * another. Each document still gets its own audit event. Returns each document's report items.
 */
export async function storeDocuments(
  tx: SqlRunner,
  actor: Actor,
  runId: string,
  documents: readonly PreparedInput[],
): Promise<TIngestReportItem[][]> {
  const rawDocumentIds = await storeRawDocuments(tx, runId, documents);
  const hashedPerDocument = documents.map(({ prepared }) => prepared);
  const { itemByHash, itemByUrl } = await findKnownItems(tx, hashedPerDocument.flat());
  const pending = new PendingItems(tx, actor);
  // One time for the whole pass, as the database's now() in one transaction would be.
  const ingestedAt = new Date();
  const changes: DocumentChanges[] = [];
  const reports: TIngestReportItem[][] = [];

  for (const [index, hashed] of hashedPerDocument.entries()) {
    const rawDocumentId = rawDocumentIds[index] as string;
    const change: DocumentChanges = { rawDocumentId, createdItemIds: [], editedItemIds: [] };
    const report: TIngestReportItem[] = [];
    // Locations name places within one document (a comment's parent post).
    const idByLocation = new Map<string, string>();
    for (const { parsed, hash, analysis, keys, translationKeys } of hashed) {
      const existing = itemByHash.get(hash);
      if (existing) {
        idByLocation.set(parsed.location, existing.id);
        report.push(reportItem(existing.id, parsed, true, existing.version));
        continue;
      }
      const key = parsed.canonicalUrl ? urlKey(parsed.kind, parsed.canonicalUrl) : null;
      const edited = key ? itemByUrl.get(key) : undefined;
      if (edited && isDamagedCopy(edited, parsed)) {
        itemByHash.set(hash, { id: edited.id, version: edited.version });
        idByLocation.set(parsed.location, edited.id);
        report.push(reportItem(edited.id, parsed, true, edited.version));
        continue;
      }
      if (edited) {
        // An edit of an item this pass brought (a post and its edit in one getUpdates batch) needs
        // that item's row: write the new items so far first.
        if (pending.has(edited.id)) await pending.flush();
        const version = await storeEditedVersion(tx, edited, parsed, hash, rawDocumentId);
        itemByHash.set(hash, { id: edited.id, version });
        idByLocation.set(parsed.location, edited.id);
        change.editedItemIds.push(edited.id);
        report.push(reportItem(edited.id, parsed, false, version));
        continue;
      }
      const fields = versionedFields(parsed);
      const item = {
        id: randomUUID(),
        kind: parsed.kind,
        canonicalUrl: parsed.canonicalUrl,
        version: 1,
        publishedAt: fields.publishedAt,
        editedAt: fields.editedAt,
        title: fields.title,
        text: fields.text,
      };
      const row = {
        id: item.id,
        kind: parsed.kind,
        site: parsed.site,
        url: parsed.url,
        canonicalUrl: parsed.canonicalUrl,
        ...fields,
        ingestedAt,
        contentHash: hash,
        rawDocumentId,
        rawLocation: parsed.location,
        parentItemId: parsed.parentLocation ? (idByLocation.get(parsed.parentLocation) ?? null) : null,
      };
      const firstVersion = { itemId: item.id, ...versionRow(parsed, hash, 1, rawDocumentId) };
      pending.add(row, firstVersion, {
        ...row,
        mayStartClaim: CLAIM_KINDS.has(parsed.kind),
        analysis,
        keys,
        translationKeys,
      });
      itemByHash.set(hash, { id: item.id, version: 1 });
      if (key) itemByUrl.set(key, item);
      idByLocation.set(parsed.location, item.id);
      change.createdItemIds.push(item.id);
      report.push(reportItem(item.id, parsed, false, 1));
    }
    changes.push(change);
    reports.push(report);
  }
  await pending.flush();

  const claimOf = new Map(pending.placed.map(({ item, claim }) => [item, claim]));
  const audits = documents.flatMap(({ input, format }, index) => {
    const { rawDocumentId, createdItemIds, editedItemIds } = changes[index] as DocumentChanges;
    if (createdItemIds.length === 0 && editedItemIds.length === 0) return [];
    // The automatic clustering decision for each new item: which claim it started or joined.
    const placements = createdItemIds.map((item) => ({ item, claim: claimOf.get(item) ?? null }));
    const claims = [
      ...new Set(placements.map(({ claim }) => claim).filter((claimId): claimId is string => claimId !== null)),
    ];
    const after = { input: input.name, format, items: createdItemIds, claims, placements, editedItems: editedItemIds };
    return [
      { action: "ingest.document" as const, subjectType: "rawDocument" as const, subjectId: rawDocumentId, after },
    ];
  });
  await recordAudits(tx, actor, audits);
  return reports;
}

/** Each document's raw bytes, stored once per content (a re-sent file is the document already kept). */
async function storeRawDocuments(tx: SqlRunner, runId: string, documents: readonly PreparedInput[]): Promise<string[]> {
  const firstOf = new Map<string, PreparedInput>();
  for (const document of documents)
    if (!firstOf.has(document.documentHash)) firstOf.set(document.documentHash, document);
  const unique = [...firstOf.values()];
  // The bodies go as one binary parameter that each row cuts its own from (a 256 MB input would
  // not even fit in a string as a bytea[]'s hexadecimal text). The typed createMany sent every
  // body through the client's query compiler.
  const bodies = concatenatedBytes(unique.map((d) => d.input.bytes));
  const stored = await tx.$queryRaw<{ id: string; contentHash: string }[]>(Prisma.sql`
    WITH inserted AS (
      INSERT INTO "RawDocument" ("id", "contentHash", "format", "inputName", "body", "runId")
      SELECT gen_random_uuid(), t."contentHash", t."format", t."inputName",
             substring(${bodies.bytes}::bytea FROM t."start" FOR t."length"), ${runId}::uuid
      FROM unnest(${unique.map((d) => d.documentHash)}::text[], ${unique.map((d) => d.format)}::text[],
                  ${unique.map((d) => d.input.name)}::text[], ${bodies.starts}::int[], ${bodies.lengths}::int[])
           AS t("contentHash", "format", "inputName", "start", "length")
      ON CONFLICT ("contentHash") DO NOTHING
      RETURNING "id", "contentHash")
    SELECT "id", "contentHash" FROM inserted
    UNION ALL
    SELECT "id", "contentHash" FROM "RawDocument" WHERE "contentHash" = ANY(${[...firstOf.keys()]}::text[])`);
  const idOf = new Map(stored.map(({ id, contentHash }) => [contentHash, id]));
  return documents.map(({ documentHash }) => idOf.get(documentHash) as string);
}
