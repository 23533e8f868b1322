import { newItem, siteFromUrlOrDomain, type FactCheckRecord } from "@tekser/ingest";
import type { TParsedItem } from "@tekser/contracts";
import { prepareDocument } from "../ingest/ingest-prepare.ts";
import type { PreparedInput } from "../ingest/ingest-documents.ts";
import type { IngestInput } from "../ingest/ingest-input.ts";

/** The site of a claim whose review does not say where it appeared. */
const UNKNOWN_SITE = "archive";

/**
 * A fact-check's claim as an item, so it is stored, fingerprinted and clustered like any other
 * and a later copy of the claim joins its claim. The item is the claim where it appeared (its
 * appearance URL and claimant), not the review: the review's page is another outlet's, and
 * ingesting it later must not be taken for an edit of the claim.
 */
export function factCheckItem(record: FactCheckRecord): TParsedItem {
  return newItem({
    kind: "post",
    location: record.location,
    site: (record.appearanceUrl ? siteFromUrlOrDomain(record.appearanceUrl) : null) ?? UNKNOWN_SITE,
    text: record.claimText,
    lang: record.lang,
    url: record.appearanceUrl,
    author: record.claimant,
  });
}

/** Records of one file ready for ingest's storing pass, one item each, in their order. */
export function factCheckInput(input: IngestInput, format: string, records: readonly FactCheckRecord[]): PreparedInput {
  return {
    input,
    ...prepareDocument(input.bytes, { format: `fact-checks-${format}`, items: records.map(factCheckItem), errors: [] }),
  };
}
