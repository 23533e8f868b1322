import type { TFactCheckErrorCode } from "@tekser/contracts";

/** Each problem in English, for the CLI and the audit log; the dashboard words the codes itself. */
const MESSAGES: Record<TFactCheckErrorCode, (value: string) => string> = {
  unreadableFile: (value) => `the file cannot be read: ${value}`,
  notJson: (value) => `not valid JSON: ${value}`,
  noClaimReviews: () =>
    "no ClaimReview here (expected claims[].claimReview[], a ClaimReview object or JSON-LD with one)",
  badJsonLd: (value) => `this JSON-LD block is not valid JSON, skipped: ${value}`,
  missingClaimText: () => "no claim text (claimReviewed, or the claim's text)",
  missingVerdict: () => "no verdict: neither a rating label nor a rating value",
  unknownLabel: (value) =>
    `the verdict label "${value}" is not on the team's scale: map it, e.g. --map "${value}=fake"`,
  badRating: (value) => `the rating ${value} is not on its own scale`,
  badDate: (value) => `"${value}" is not a date`,
  badUrl: (value) => `"${value}" is not an http(s) URL`,
  unknownColumn: (value) => `the mapping names a column the header does not have: ${value}`,
  noClaimTextColumn: (value) =>
    `no claim text column: map one with --map claimText=<column> (columns: ${value || "none"})`,
  unreadableRow: (value) => `unreadable CSV row: ${value}`,
  duplicateInFile: (value) => `the same fact-check as ${value}, read once`,
  refusedByDatabase: (value) => `the database refused this record: ${value}`,
};

export function factCheckMessage(code: TFactCheckErrorCode, value: string | null): string {
  return MESSAGES[code](value ?? "");
}
