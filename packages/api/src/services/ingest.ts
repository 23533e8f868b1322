import type { TIngestError, TIngestReport, TIngestReportItem, TParsedItem } from "@tekser/contracts";
import { randomUUID } from "node:crypto";
import type { Db, IngestRoute, Tx } from "@tekser/db";
import { contentHash, IngestParseError, parseInput, sha256Hex, type CsvMapping, type InputFormat, type LocatedError } from "@tekser/ingest";
import { recordAudit, type Actor } from "./audit-log.ts";
import { PendingItems } from "./ingest-insert.ts";
import { findKnownItems, reportItem, storable, urlKey, versionedFields, versionRow } from "./ingest-records.ts";
import { storeEditedVersion } from "./ingest-versions.ts";

export interface IngestInput {
  /** File path, URL or upload name: how the report names this input. */
  name: string;
  bytes: Uint8Array;
  /** The charset an HTTP response declared, when the input was fetched. */
  charset?: string | null;
}

export interface IngestOptions {
  fetchedAt?: Date;
  /** Skips detection for every input (`--format`). */
  format?: InputFormat;
  csvMapping?: CsvMapping;
  parse?: (input: IngestInput, fetchedAt: Date) => ParsedDocument;
  /**
   * false: the report counts items but does not list them, so memory stays flat however many
   * items a run brings (a directory of millions); errors are always listed.
   */
  listItems?: boolean;
}

/** A parser's result for one input; `format` is recorded with the raw document. */
export interface ParsedDocument {
  format: string;
  items: TParsedItem[];
  errors: LocatedError[];
}

/** Item kinds that start a claim of their own; headlines found on a page only accompany it. */
const CLAIM_KINDS = new Set<TParsedItem["kind"]>(["article", "post"]);
// One input (a channel export, a big feed) is one transaction; Prisma's 5 s default is too short.
const DOCUMENT_TRANSACTION = { timeout: 10 * 60_000, maxWait: 30_000 };

/**
 * Parses each input and stores its items, one transaction per input, so a bad input never
 * loses what the others brought. Content already stored is reported as a duplicate.
 */
export async function ingestInputs(
  db: Db,
  actor: Actor,
  route: IngestRoute,
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  options: IngestOptions = {},
): Promise<TIngestReport> {
  const fetchedAt = options.fetchedAt ?? new Date();
  const parse =
    options.parse ??
    ((input: IngestInput) =>
      parseInput({ name: input.name, bytes: input.bytes, fetchedAt, charset: input.charset, format: options.format, csvMapping: options.csvMapping }));
  const run = await db.ingestRun.create({ data: { route, actorId: actor.id }, select: { id: true } });
  const items: TIngestReportItem[] = [];
  const errors: TIngestError[] = [];
  const counts = { accepted: 0, edited: 0, duplicates: 0 };

  for await (const input of inputs) {
    let outcome: ParsedDocument;
    try {
      outcome = parse(input, fetchedAt);
    } catch (error) {
      if (!(error instanceof IngestParseError)) throw error;
      errors.push({ input: input.name, location: error.location, message: error.message });
      await db.ingestError.create({
        data: { runId: run.id, input: input.name, location: error.location, message: error.message, raw: Buffer.from(input.bytes) },
      });
      continue;
    }
    for (const { location, message } of outcome.errors) errors.push({ input: input.name, location, message });
    if (outcome.errors.length > 0) {
      await db.ingestError.createMany({
        data: outcome.errors.map(({ location, message, raw }) => ({
          runId: run.id,
          input: input.name,
          location,
          message,
          raw: raw === undefined ? Buffer.from(input.bytes) : Buffer.from(raw, "utf8"),
        })),
      });
    }
    const stored = await db.$transaction((tx) => storeDocument(tx, actor, run.id, input, outcome), DOCUMENT_TRANSACTION);
    for (const item of stored) {
      if (item.duplicate) counts.duplicates++;
      else counts.accepted++;
      if (!item.duplicate && item.version > 1) counts.edited++;
    }
    if (options.listItems !== false) items.push(...stored);
  }

  const report = { runId: run.id, ...counts, rejected: errors.length, items, errors };
  await db.$transaction(async (tx) => {
    await tx.ingestRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected },
    });
    await recordAudit(tx, actor, {
      action: "ingest.run",
      subjectType: "ingestRun",
      subjectId: run.id,
      after: { route, accepted: report.accepted, edited: report.edited, duplicates: report.duplicates, rejected: report.rejected, errors },
    });
  });
  return report;
}

async function storeDocument(
  tx: Tx,
  actor: Actor,
  runId: string,
  input: IngestInput,
  outcome: ParsedDocument,
): Promise<TIngestReportItem[]> {
  const documentHash = sha256Hex(input.bytes);
  const document = await tx.rawDocument.upsert({
    where: { contentHash: documentHash },
    create: { contentHash: documentHash, format: outcome.format, inputName: input.name, body: Buffer.from(input.bytes), runId },
    update: {},
    select: { id: true },
  });

  const hashed = outcome.items.map((item) => {
    const parsed = storable(item);
    return { parsed, hash: contentHash(parsed) };
  });
  const { itemByHash, itemByUrl } = await findKnownItems(tx, hashed);
  const idByLocation = new Map<string, string>();
  const report: TIngestReportItem[] = [];
  const createdItemIds: string[] = [];
  const editedItemIds: string[] = [];
  const pending = new PendingItems(tx, actor);
  // One time for the whole document, as the database's now() in one transaction would be.
  const ingestedAt = new Date();
  for (const { parsed, hash } of hashed) {
    const existing = itemByHash.get(hash);
    if (existing) {
      idByLocation.set(parsed.location, existing.id);
      report.push(reportItem(existing.id, parsed, true, existing.version));
      continue;
    }
    const key = parsed.canonicalUrl ? urlKey(parsed.kind, parsed.canonicalUrl) : null;
    const edited = key ? itemByUrl.get(key) : undefined;
    if (edited) {
      // An edit of an item this document brought (a post and its edit in one getUpdates batch)
      // needs that item's row: write the batch so far first.
      if (pending.has(edited.id)) await pending.flush();
      const version = await storeEditedVersion(tx, edited, parsed, hash, document.id);
      itemByHash.set(hash, { id: edited.id, version });
      idByLocation.set(parsed.location, edited.id);
      editedItemIds.push(edited.id);
      report.push(reportItem(edited.id, parsed, false, version));
      continue;
    }
    const fields = versionedFields(parsed);
    const item = { id: randomUUID(), kind: parsed.kind, canonicalUrl: parsed.canonicalUrl, version: 1, publishedAt: fields.publishedAt, editedAt: fields.editedAt };
    const row = {
      id: item.id,
      kind: parsed.kind,
      site: parsed.site,
      url: parsed.url,
      canonicalUrl: parsed.canonicalUrl,
      ...fields,
      ingestedAt,
      contentHash: hash,
      rawDocumentId: document.id,
      rawLocation: parsed.location,
      parentItemId: parsed.parentLocation ? (idByLocation.get(parsed.parentLocation) ?? null) : null,
    };
    const firstVersion = { itemId: item.id, ...versionRow(parsed, hash, 1, document.id) };
    pending.add(row, firstVersion, { ...row, mayStartClaim: CLAIM_KINDS.has(parsed.kind) });
    itemByHash.set(hash, { id: item.id, version: 1 });
    if (key) itemByUrl.set(key, item);
    idByLocation.set(parsed.location, item.id);
    createdItemIds.push(item.id);
    report.push(reportItem(item.id, parsed, false, 1));
  }
  await pending.flush();
  const createdClaimIds = [...new Set(pending.placed.map(({ claim }) => claim).filter((claimId): claimId is string => claimId !== null))];
  if (createdItemIds.length > 0 || editedItemIds.length > 0) {
    await recordAudit(tx, actor, {
      action: "ingest.document",
      subjectType: "rawDocument",
      subjectId: document.id,
      after: {
        input: input.name,
        format: outcome.format,
        items: createdItemIds,
        claims: createdClaimIds,
        // The automatic clustering decision for each new item: which claim it started or joined.
        placements: pending.placed,
        editedItems: editedItemIds,
      },
    });
  }
  return report;
}
