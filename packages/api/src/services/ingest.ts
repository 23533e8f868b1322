import type { TIngestError, TIngestReport, TIngestReportItem, TParsedItem } from "@tekser/contracts";
import type { Db, IngestRoute, Tx } from "@tekser/db";
import { contentHash, IngestParseError, parseInput, sha256Hex } from "@tekser/ingest";
import { recordAudit, type Actor } from "./audit-log.ts";
import { clusterItem } from "./claim-clustering.ts";

export interface IngestInput {
  /** File path, URL or upload name: how the report names this input. */
  name: string;
  bytes: Uint8Array;
}

/** A parser's result for one input; `format` is recorded with the raw document. */
export interface ParsedDocument {
  format: string;
  items: TParsedItem[];
  errors: { location: string; message: string }[];
}

/** Item kinds that start a claim of their own; headlines found on a page only accompany it. */
const CLAIM_KINDS = new Set<TParsedItem["kind"]>(["article", "post"]);

/**
 * Parses each input and stores its items, one transaction per input, so a bad input never
 * loses what the others brought. Content already stored is reported as a duplicate.
 */
export async function ingestInputs(
  db: Db,
  actor: Actor,
  route: IngestRoute,
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  options: { fetchedAt?: Date; parse?: (input: IngestInput, fetchedAt: Date) => ParsedDocument } = {},
): Promise<TIngestReport> {
  const fetchedAt = options.fetchedAt ?? new Date();
  const parse = options.parse ?? ((input: IngestInput) => parseInput({ name: input.name, bytes: input.bytes, fetchedAt }));
  const run = await db.ingestRun.create({ data: { route, actorId: actor.id }, select: { id: true } });
  const items: TIngestReportItem[] = [];
  const errors: TIngestError[] = [];

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
    for (const parseError of outcome.errors) {
      errors.push({ input: input.name, ...parseError });
      await db.ingestError.create({ data: { runId: run.id, input: input.name, ...parseError, raw: Buffer.from(input.bytes) } });
    }
    const stored = await db.$transaction((tx) => storeDocument(tx, actor, run.id, input, outcome));
    items.push(...stored);
  }

  const accepted = items.filter((item) => !item.duplicate).length;
  const report = { runId: run.id, accepted, duplicates: items.length - accepted, rejected: errors.length, items, errors };
  await db.$transaction(async (tx) => {
    await tx.ingestRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected },
    });
    await recordAudit(tx, actor, {
      action: "ingest.run",
      subjectType: "ingestRun",
      subjectId: run.id,
      after: { route, accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected, errors },
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

  const idByLocation = new Map<string, string>();
  const report: TIngestReportItem[] = [];
  const createdItemIds: string[] = [];
  const createdClaimIds: string[] = [];
  for (const parsed of outcome.items) {
    const hash = contentHash(parsed);
    const existing = await tx.item.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (existing) {
      idByLocation.set(parsed.location, existing.id);
      report.push(reportItem(existing.id, parsed, true));
      continue;
    }
    const item = await tx.item.create({
      data: {
        kind: parsed.kind,
        site: parsed.site,
        url: parsed.url,
        canonicalUrl: parsed.canonicalUrl,
        title: parsed.title,
        text: parsed.text,
        lang: parsed.lang,
        publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt) : null,
        author: parsed.author,
        views: parsed.views,
        reposts: parsed.reposts,
        archivedAt: parsed.archivedAt ? new Date(parsed.archivedAt) : null,
        originalSource: parsed.originalSource,
        links: parsed.links,
        mediaUrls: parsed.mediaUrls,
        contentHash: hash,
        rawDocumentId: document.id,
        rawLocation: parsed.location,
        parentItemId: parsed.parentLocation ? (idByLocation.get(parsed.parentLocation) ?? null) : null,
      },
      select: { id: true },
    });
    const claimId = await clusterItem(tx, actor, item.id, { mayStartClaim: CLAIM_KINDS.has(parsed.kind) });
    idByLocation.set(parsed.location, item.id);
    createdItemIds.push(item.id);
    if (claimId) createdClaimIds.push(claimId);
    report.push(reportItem(item.id, parsed, false));
  }
  if (createdItemIds.length > 0) {
    await recordAudit(tx, actor, {
      action: "ingest.document",
      subjectType: "rawDocument",
      subjectId: document.id,
      after: { input: input.name, format: outcome.format, items: createdItemIds, claims: createdClaimIds },
    });
  }
  return report;
}

function reportItem(id: string, parsed: TParsedItem, duplicate: boolean): TIngestReportItem {
  return {
    id,
    kind: parsed.kind,
    url: parsed.url,
    title: parsed.title,
    lang: parsed.lang,
    publishedAt: parsed.publishedAt,
    author: parsed.author,
    views: parsed.views,
    source: parsed.site,
    originalSource: parsed.originalSource,
    archivedAt: parsed.archivedAt,
    duplicate,
  };
}
