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
