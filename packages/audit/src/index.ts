export { GENESIS_HASH, hashEvent, toStoredJson, type ChainedEvent } from "./chain.ts";
export {
  ChainVerifier,
  verifyChain,
  verifyExcerpt,
  findChainBreak,
  describeBreak,
  type StoredEvent,
  type ChainHead,
  type ChainBreak,
  type ChainReport,
} from "./verify.ts";
export { ExcerptVerifier } from "./verify.ts";
export {
  EXPORT_FORMAT,
  ZExportHeader,
  exportHeaderLine,
  exportEventLine,
  verifyExportLines,
  type TExportHeader,
  type ExportReport,
} from "./export-format.ts";
export { csvHeaderLine, csvEventLines } from "./export-csv.ts";
