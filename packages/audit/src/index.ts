export { GENESIS_HASH, hashEvent, findChainBreak, toStoredJson, type ChainedEvent, type ChainBreak } from "./chain.ts";
