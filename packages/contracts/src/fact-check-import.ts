import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZVerdict } from "./enums.ts";

/** The columns a CSV of past fact-checks can feed; `--map claimText=Утверждение` names the column. */
export const FACT_CHECK_CSV_FIELDS = [
  "claimText",
  "verdict",
  "date",
  "url",
  "lang",
  "publisher",
  "claimant",
  "appearanceUrl",
] as const;
export const ZFactCheckCsvField = z.enum(FACT_CHECK_CSV_FIELDS);
export type TFactCheckCsvField = z.infer<typeof ZFactCheckCsvField>;

/**
 * Why a record of an archive could not be imported. The web words each code in the reader's
 * language (its i18n dictionary); the CLI in English (@tekser/ingest).
 */
export const FACT_CHECK_ERROR_CODES = [
  "unreadableFile",
  "notJson",
  "noClaimReviews",
  "badJsonLd",
  "missingClaimText",
  "missingVerdict",
  "unknownLabel",
  "badRating",
  "badDate",
  "badUrl",
  "unknownColumn",
  "noClaimTextColumn",
  "unreadableRow",
  "duplicateInFile",
  "refusedByDatabase",
] as const;
export const ZFactCheckErrorCode = z.enum(FACT_CHECK_ERROR_CODES);
export type TFactCheckErrorCode = z.infer<typeof ZFactCheckErrorCode>;

/** A rejected record: where it is in its file (line, record, JSON path), why, and the value at fault. */
export const ZFactCheckError = z.object({
  input: z.string(),
  location: z.string(),
  code: ZFactCheckErrorCode,
  value: z.string().nullable(),
  message: z.string(),
});
export type TFactCheckError = z.infer<typeof ZFactCheckError>;

/** Label overrides onto the team's scale: `{ "Скорее ложь": "fake" }`, matched without case. */
export const ZVerdictLabelMap = z.record(z.string().trim().min(1).max(200), ZVerdict);
export type TVerdictLabelMap = z.infer<typeof ZVerdictLabelMap>;
export const ZFactCheckColumnMap = z.partialRecord(ZFactCheckCsvField, z.string().trim().min(1).max(200));
export type TFactCheckColumnMap = z.infer<typeof ZFactCheckColumnMap>;

/**
 * The largest archive the dashboard sends: its tRPC request must stay under the server's 1 MB
 * body limit with room for JSON escaping. Larger archives go through `tekser import fact-checks`.
 */
export const MAX_ARCHIVE_UPLOAD_BYTES = 900 * 1024;

export const ZFactCheckImportInput = z.object({
  name: z.string().min(1).max(300),
  content: z.string().min(1, validationMessage("archiveImport.contentEmpty")).max(MAX_ARCHIVE_UPLOAD_BYTES),
  labelMap: ZVerdictLabelMap.default({}),
  columnMap: ZFactCheckColumnMap.default({}),
});
export type TFactCheckImportInput = z.input<typeof ZFactCheckImportInput>;

/** One fact-check read from an archive, its verdict mapped onto the team's scale. */
export const ZFactCheckPreviewRecord = z.object({
  location: z.string(),
  claimText: z.string(),
  lang: z.string(),
  label: z.string(),
  verdict: ZVerdict,
  reviewUrl: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publisher: z.string().nullable(),
  alreadyImported: z.boolean(),
});
export type TFactCheckPreviewRecord = z.infer<typeof ZFactCheckPreviewRecord>;

/** The most records a preview lists; its counts cover the whole file. */
export const FACT_CHECK_PREVIEW_ROWS = 20;

export const ZFactCheckPreview = z.object({
  format: z.string(),
  total: z.number().int(),
  alreadyImported: z.number().int(),
  records: z.array(ZFactCheckPreviewRecord),
  errors: z.array(ZFactCheckError),
});
export type TFactCheckPreview = z.infer<typeof ZFactCheckPreview>;

export const ZFactCheckImportReport = z.object({
  runId: z.string(),
  format: z.string(),
  imported: z.number().int(),
  alreadyImported: z.number().int(),
  rejected: z.number().int(),
  claims: z.array(
    z.object({ location: z.string(), claimId: z.string(), verdict: ZVerdict, verdictApplied: z.boolean() }),
  ),
  errors: z.array(ZFactCheckError),
});
export type TFactCheckImportReport = z.infer<typeof ZFactCheckImportReport>;

/** A notice published elsewhere, imported onto a claim: shown as such, with its own URL and date. */
export const ZImportedNotice = z.object({
  id: z.string(),
  verdict: ZVerdict,
  label: z.string(),
  lang: z.string(),
  reviewUrl: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publisher: z.string().nullable(),
  claimant: z.string().nullable(),
  appearanceUrl: z.string().nullable(),
  importedAt: z.string(),
});
export type TImportedNotice = z.infer<typeof ZImportedNotice>;

/**
 * The mapping a person writes, one `field=Column` or `Label=verdict` per entry (the CLI's
 * `--map`, the upload screen's lines): a CSV field on the left names a column, a verdict on the
 * right maps a label. The first entry that is neither is returned as `bad`.
 */
export function parseImportMaps(
  entries: readonly string[],
): { columnMap: TFactCheckColumnMap; labelMap: TVerdictLabelMap } | { bad: string } {
  const columnMap: TFactCheckColumnMap = {};
  const labelMap: TVerdictLabelMap = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    const left = entry.slice(0, at).trim();
    const right = entry.slice(at + 1).trim();
    const field = ZFactCheckCsvField.safeParse(left);
    const verdict = ZVerdict.safeParse(right);
    if (at <= 0 || left === "" || right === "") return { bad: entry };
    if (field.success) columnMap[field.data] = right;
    else if (verdict.success) labelMap[left] = verdict.data;
    else return { bad: entry };
  }
  return { columnMap, labelMap };
}
