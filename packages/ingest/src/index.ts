export { parseInput, type ParseOutcome } from "./parse-input.ts";
export type { InputFormat } from "./detect-format.ts";
export { IngestParseError, type LocatedError } from "./errors.ts";
export { contentHash, sha256Hex } from "./hash.ts";
export { canonicalizeUrl } from "./canonical-url.ts";
export { detectLanguage } from "./detect-language.ts";
export { parseLocalDate } from "./local-date.ts";
