export { parseInput, type ParseInputOptions, type ParseOutcome } from "./parse-input.ts";
export { INPUT_FORMATS, type InputFormat } from "./detect-format.ts";
export { IngestParseError, type LocatedError } from "./errors.ts";
export { contentHash, sha256Hex } from "./hash.ts";
export { canonicalizeUrl } from "./canonical-url.ts";
export { detectLanguage } from "./detect-language.ts";
export { parseLocalDate } from "./local-date.ts";
export { CSV_FIELDS, type CsvField, type CsvMapping } from "./social/csv-posts.ts";
export { newItem } from "./item.ts";
