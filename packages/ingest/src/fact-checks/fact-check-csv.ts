import { FACT_CHECK_CSV_FIELDS, type TFactCheckColumnMap, type TFactCheckCsvField } from "@tekser/contracts";
import { readCsvRows, type CsvRow } from "../csv-rows.ts";
import { str } from "../parse-context.ts";
import type { FactCheckFields, FactCheckProblem } from "./fact-check-record.ts";

/** Column names desks' spreadsheets use, in kk, ru and en; `--map field=Column` overrides them. */
const DEFAULT_COLUMNS: Record<TFactCheckCsvField, string[]> = {
  claimText: [
    "claim",
    "claim text",
    "claimtext",
    "claim_text",
    "text",
    "утверждение",
    "текст",
    "заявление",
    "мәлімдеме",
    "мәтін",
  ],
  verdict: ["verdict", "rating", "label", "вердикт", "оценка", "үкім", "баға"],
  date: ["date", "review date", "published", "дата", "күні"],
  url: ["url", "review url", "link", "ссылка", "сілтеме"],
  lang: ["lang", "language", "язык", "тіл"],
  publisher: ["publisher", "издание", "басылым"],
  claimant: ["claimant", "author", "автор"],
  appearanceUrl: ["appearance url", "appearance", "source url", "источник"],
};

export interface CsvFactChecks {
  rows: { location: string; fields: FactCheckFields; raw: string }[];
  errors: FactCheckProblem[];
}

/**
 * A spreadsheet of past fact-checks: the first row names the columns, `mapping` (or the usual
 * names) says which holds what. An unreadable row becomes a located error; the others are read.
 * A mapping naming a missing column, or no claim-text column at all, refuses the file at line 1.
 */
export function readFactCheckCsv(text: string, mapping: TFactCheckColumnMap): CsvFactChecks {
  const errors: FactCheckProblem[] = [];
  let parsed: CsvRow[];
  try {
    parsed = readCsvRows(text, (line, message, raw) => {
      errors.push({ location: `line ${String(line)}`, code: "unreadableRow", value: message, ...(raw ? { raw } : {}) });
    });
  } catch (error) {
    return {
      rows: [],
      errors: [
        {
          location: `line ${(error as { lines?: number }).lines ?? 1}`,
          code: "unreadableFile",
          value: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
  const header = Object.keys(parsed[0]?.record ?? {});
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const column: Partial<Record<TFactCheckCsvField, string>> = {};
  for (const field of FACT_CHECK_CSV_FIELDS) {
    const wanted = mapping[field];
    if (wanted !== undefined) {
      const found = lower.get(wanted.toLowerCase());
      if (!found)
        return {
          rows: [],
          errors: [{ location: "line 1", code: "unknownColumn", value: `${field}=${wanted} (${header.join(", ")})` }],
        };
      column[field] = found;
    } else {
      const alias = DEFAULT_COLUMNS[field].find((name) => lower.has(name));
      if (alias) column[field] = lower.get(alias);
    }
  }
  if (!column.claimText)
    return { rows: [], errors: [{ location: "line 1", code: "noClaimTextColumn", value: header.join(", ") }] };
  const rows = parsed.map(({ record, raw, info }, index) => {
    const get = (field: TFactCheckCsvField) => (column[field] ? str(record[column[field]]) : null);
    const fields: FactCheckFields = {
      claimText: get("claimText"),
      label: get("verdict"),
      rating: null,
      date: get("date"),
      reviewUrl: get("url"),
      lang: get("lang"),
      publisher: get("publisher"),
      claimant: get("claimant"),
      appearanceUrl: get("appearanceUrl"),
    };
    return { location: `record ${index + 1} (line ${info.lines})`, fields, raw };
  });
  return { rows, errors };
}
