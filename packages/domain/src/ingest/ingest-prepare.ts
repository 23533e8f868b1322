import type { TParsedItem } from "@tekser/contracts";
import type { TextAnalysis } from "@tekser/claims";
import { contentHash, IngestParseError, sha256Hex, type LocatedError } from "@tekser/ingest";
import { clusterKeys } from "../claims/claim-candidates.ts";
import type { ClusterKeys } from "../claims/claim-fingerprints.ts";
import { analyseItemText } from "../claims/claim-text.ts";
import { itemTextTranslationKeys } from "../claims/claim-translation-keys.ts";
// Types only: erased at run time, so the parsing thread does not load ingest.ts's database code.
import type { ParsedDocument } from "./ingest-input.ts";

// The per-item work of ingest that needs no database. It runs on the parsing thread
// (ingest-parse-thread.ts), so this module imports nothing that talks to PostgreSQL.

/** A parsed item made ready to store: cleaned, hashed and its text analysed. */
export interface PreparedItem {
  parsed: TParsedItem;
  hash: string;
  analysis: TextAnalysis;
  /** What clustering looks its candidates up by: the analysis's fingerprint, its URLs, links and outlets. */
  keys: ClusterKeys;
  /** Its kk↔ru translation keys (null in another language). */
  translationKeys: string[] | null;
}

/** What an input's parser found, its items prepared; `format` is recorded with the raw document. */
export interface PreparedDocument {
  format: string;
  /** Records the parser rejected, each located; the rest of the input is still stored. */
  errors: LocatedError[];
  documentHash: string;
  prepared: PreparedItem[];
}

/**
 * Cleans, hashes and analyses a parsed input's items. Items that turn out to be stored already
 * were analysed for nothing; that is cheaper than analysing inside the storing transaction while
 * PostgreSQL waits.
 */
export function prepareDocument(bytes: Uint8Array, outcome: ParsedDocument): PreparedDocument {
  const prepared = outcome.items.map((item) => {
    const parsed = storable(item);
    const analysis = analyseItemText(parsed);
    return {
      parsed,
      hash: contentHash(parsed),
      analysis,
      keys: clusterKeys(parsed, analysis.fingerprint),
      translationKeys: itemTextTranslationKeys(parsed),
    };
  });
  return { format: outcome.format, errors: outcome.errors, documentHash: sha256Hex(bytes), prepared };
}

/**
 * Parses (with `parse`) and prepares one input, or says why its parser refused it whole; any
 * other failure is thrown. The same on the parsing thread and, for a caller's own parser, here.
 */
export function parseAndPrepare(
  bytes: Uint8Array,
  parse: () => ParsedDocument,
): { document: PreparedDocument } | { refused: LocatedError } {
  try {
    return { document: prepareDocument(bytes, parse()) };
  } catch (error) {
    if (error instanceof IngestParseError)
      return { refused: { location: error.location, message: error.message, ...error.coded } };
    throw error;
  }
}

/** Postgres text cannot hold NUL; a JSON export may carry "\u0000" inside a string. */
export function storable(parsed: TParsedItem): TParsedItem {
  const clean = (s: string) => s.replaceAll("\u0000", "");
  const cleanOrNull = (s: string | null) => (s === null ? null : clean(s));
  return {
    ...parsed,
    text: clean(parsed.text),
    title: cleanOrNull(parsed.title),
    author: cleanOrNull(parsed.author),
    site: clean(parsed.site),
    originalSource: cleanOrNull(parsed.originalSource),
    url: cleanOrNull(parsed.url),
    canonicalUrl: cleanOrNull(parsed.canonicalUrl),
    links: parsed.links.map(clean),
    mediaUrls: parsed.mediaUrls.map(clean),
    languageVersions: parsed.languageVersions.map(clean),
  };
}
