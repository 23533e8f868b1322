import type { TFactCheckColumnMap, TVerdictLabelMap } from "@tekser/contracts";
import { parseHTML } from "linkedom";
import { decodeInput } from "../decode-input.ts";
import { IngestParseError } from "../errors.ts";
import { findReviews, type FoundReview } from "./claim-review-json.ts";
import { readFactCheckCsv } from "./fact-check-csv.ts";
import {
  factCheckRecord,
  FactCheckRecordError,
  type FactCheckFields,
  type FactCheckParse,
  type FactCheckProblem,
  type FactCheckRecord,
} from "./fact-check-record.ts";
import { labelOverrides } from "./verdict-labels.ts";

export interface FactCheckParseOptions {
  labelMap?: TVerdictLabelMap;
  columnMap?: TFactCheckColumnMap;
  now?: Date;
}

/**
 * Reads an archive of past fact-checks: a saved page (its ClaimReview JSON-LD), a JSON or JSON
 * Lines dump (Fact Check Tools' shape or ClaimReview objects) or a CSV. Every record either
 * becomes a mapped record or a located problem; a record met twice in the file (same key) is
 * read once.
 */
export function parseFactChecks(bytes: Uint8Array, options: FactCheckParseOptions = {}): FactCheckParse {
  let text: string;
  try {
    text = decodeInput(bytes);
  } catch (error) {
    const location = error instanceof IngestParseError ? error.location : "byte 0";
    return {
      format: "unknown",
      records: [],
      errors: [{ location, code: "unreadableFile", value: error instanceof Error ? error.message : null }],
    };
  }
  const overrides = labelOverrides(options.labelMap ?? {});
  const now = options.now ?? new Date();
  const { format, found, errors } = readFound(text, options.columnMap ?? {});
  const records: FactCheckRecord[] = [];
  const firstOf = new Map<string, string>();
  for (const { location, fields, raw } of found) {
    try {
      const record = factCheckRecord(location, fields, overrides, now);
      const first = firstOf.get(record.key);
      if (first) errors.push({ location, code: "duplicateInFile", value: first, raw });
      else {
        firstOf.set(record.key, location);
        records.push(record);
      }
    } catch (error) {
      if (!(error instanceof FactCheckRecordError)) throw error;
      errors.push({ location, code: error.code, value: error.value, raw });
    }
  }
  return { format, records, errors };
}

interface Found {
  format: string;
  found: { location: string; fields: FactCheckFields; raw: string }[];
  errors: FactCheckProblem[];
}

function readFound(text: string, columnMap: TFactCheckColumnMap): Found {
  const start = text.trimStart()[0];
  if (start === "<") return fromHtml(text);
  if (start === "{" || start === "[") return fromJson(text);
  const csv = readFactCheckCsv(text, columnMap);
  return { format: "csv", found: csv.rows, errors: csv.errors };
}

const fromFound = (prefix: string) => (review: FoundReview) => ({
  location: prefix && review.path ? `${prefix}: ${review.path}` : prefix || review.path,
  fields: review.fields,
  raw: JSON.stringify(review.raw),
});

function fromJson(text: string): Found {
  try {
    const found = findReviews(JSON.parse(text)).map(fromFound(""));
    return {
      format: "json",
      found,
      errors: found.length === 0 ? [{ location: "document", code: "noClaimReviews", value: null }] : [],
    };
  } catch {
    // Not one JSON value: JSON Lines, one value a line.
  }
  const found: Found["found"] = [];
  const errors: FactCheckProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const location = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push({ location, code: "notJson", value: (error as Error).message, raw: line });
      return;
    }
    const reviews = findReviews(value);
    if (reviews.length === 0) errors.push({ location, code: "noClaimReviews", value: null, raw: line });
    found.push(...reviews.map(fromFound(location)));
  });
  return { format: "jsonl", found, errors };
}

function fromHtml(text: string): Found {
  const { document } = parseHTML(text);
  const found: Found["found"] = [];
  const errors: FactCheckProblem[] = [];
  let block = 0;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    block++;
    const location = `JSON-LD block ${block}`;
    try {
      found.push(...findReviews(JSON.parse(script.textContent ?? "")).map(fromFound(location)));
    } catch (error) {
      errors.push({ location, code: "badJsonLd", value: (error as Error).message, raw: script.textContent ?? "" });
    }
  }
  if (found.length === 0 && errors.length === 0)
    errors.push({ location: "document", code: "noClaimReviews", value: null });
  return { format: "html", found, errors };
}
