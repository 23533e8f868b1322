import type { TFactCheckErrorCode, TLang, TVerdict } from "@tekser/contracts";
import { canonicalizeUrl } from "../canonical-url.ts";
import { detectLanguage } from "../detect-language.ts";
import { parseFeedDate } from "../feed/feed-date.ts";
import { sha256Hex } from "../hash.ts";
import { verdictOfLabel, verdictOfRating, type Rating } from "./verdict-labels.ts";

/** A past fact-check read from an archive, its verdict mapped onto the team's scale. */
export interface FactCheckRecord {
  /** Where it is in its file: "line 4", "record 3 (line 5)", "claims[2].claimReview[0]". */
  location: string;
  /** What makes a re-import the same check: the review URL, else a hash of text, date and publisher. */
  key: string;
  claimText: string;
  lang: TLang;
  verdict: TVerdict;
  /** The label as the publisher wrote it (or the rating, "2/5"), kept beside the mapped verdict. */
  label: string;
  reviewUrl: string | null;
  reviewedAt: string | null;
  publisher: string | null;
  claimant: string | null;
  /** Where the claim itself appeared, when the review says. */
  appearanceUrl: string | null;
}

export interface FactCheckProblem {
  location: string;
  code: TFactCheckErrorCode;
  value: string | null;
  /** The record as it was in the file, to fix and re-run. */
  raw?: string;
}

export interface FactCheckParse {
  format: string;
  records: FactCheckRecord[];
  errors: FactCheckProblem[];
}

/** The fields a format found for one fact-check, before they are checked and mapped. */
export interface FactCheckFields {
  claimText: string | null;
  label: string | null;
  rating: Rating | null;
  date: string | null;
  reviewUrl: string | null;
  lang: string | null;
  publisher: string | null;
  claimant: string | null;
  appearanceUrl: string | null;
}

export class FactCheckRecordError extends Error {
  constructor(
    readonly code: TFactCheckErrorCode,
    readonly value: string | null,
  ) {
    super(code);
  }
}

const LANG_NAMES: Record<string, TLang> = { kk: "kk", kaz: "kk", kz: "kk", ru: "ru", rus: "ru", en: "en", eng: "en" };

/**
 * Checks and maps one fact-check's fields: a claim text, a verdict from its label (overrides,
 * then the defaults) or else its rating, a readable date and http(s) URLs.
 * @throws FactCheckRecordError naming what is wrong
 */
export function factCheckRecord(
  location: string,
  fields: FactCheckFields,
  overrides: ReadonlyMap<string, TVerdict>,
  now: Date,
): FactCheckRecord {
  const claimText = fields.claimText?.replace(/\s+/g, " ").trim() ?? "";
  if (claimText === "") throw new FactCheckRecordError("missingClaimText", null);
  const verdict = fields.label ? verdictOfLabel(fields.label, overrides) : null;
  const byRating = verdict ?? (fields.rating ? verdictOfRating(fields.rating) : null);
  if (!byRating) {
    if (fields.label) throw new FactCheckRecordError("unknownLabel", fields.label);
    if (fields.rating)
      throw new FactCheckRecordError(
        "badRating",
        `${fields.rating.value} (${fields.rating.worst}–${fields.rating.best})`,
      );
    throw new FactCheckRecordError("missingVerdict", null);
  }
  const reviewedAt = fields.date ? parseFeedDate(fields.date, now) : null;
  if (fields.date && !reviewedAt) throw new FactCheckRecordError("badDate", fields.date);
  const reviewUrl = httpUrl(fields.reviewUrl);
  const appearanceUrl = httpUrl(fields.appearanceUrl);
  const publisher = fields.publisher?.trim() || null;
  const dateIso = reviewedAt?.toISOString() ?? null;
  return {
    location,
    key: reviewUrl
      ? `url ${canonicalizeUrl(reviewUrl)}`
      : `text ${sha256Hex([claimText.toLowerCase(), dateIso?.slice(0, 10) ?? "", publisher?.toLowerCase() ?? ""].join("\n"))}`,
    claimText,
    lang: languageOf(fields.lang, claimText),
    verdict: byRating,
    label: fields.label ?? (fields.rating ? `${fields.rating.value}/${fields.rating.best}` : byRating),
    reviewUrl,
    reviewedAt: dateIso,
    publisher,
    claimant: fields.claimant?.trim() || null,
    appearanceUrl,
  };
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  const url = URL.parse(value.trim());
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw new FactCheckRecordError("badUrl", value);
  return url.href;
}

function languageOf(declared: string | null, text: string): TLang {
  const code = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return (code ? LANG_NAMES[code] : undefined) ?? detectLanguage(text);
}
