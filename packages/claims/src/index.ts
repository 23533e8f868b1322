export { skeletonWord } from "./transliterate.ts";
export { normaliseTokens, searchText, searchTextOf, stripBoilerplate, webAddressesIn } from "./normalise.ts";
export { BANDS, SIGNATURE_SIZE, bandKeys, estimateJaccard, hashString, minhashSignature } from "./minhash.ts";
export {
  SHORT_ITEM_WORDS,
  analyseText,
  countCommon,
  fingerprintText,
  fingerprintTokens,
  shingleHashes,
  similarity,
  type Fingerprint,
  type Similarity,
  type TextAnalysis,
} from "./fingerprint.ts";
export {
  compareTexts,
  looksUpByBands,
  MATCH_RULES,
  isNearMiss,
  isShort,
  sameClaim,
  type ClaimMatch,
  type Comparison,
  type MatchEvidence,
} from "./match.ts";
export { COVERAGE_RULE, isCoveredBy } from "./coverage.ts";
export { MAX_PASSAGE_ANCHORS, matchKey } from "./passages.ts";
export { crossLanguageKey, titleAnchors } from "./anchors.ts";
export {
  LEXICON,
  PLACE_ENTRIES,
  TRANSLATION_RULES,
  decideTranslation,
  anchorKeys,
  isTranslationLang,
  lookupKeys,
  prepareTranslationKeys,
  translationEvidence,
  translationKeys,
  type Contradiction,
  type TranslationDecision,
  type TranslationEvidence,
  type TranslationKeys,
  type TranslationLang,
} from "./translation/index.ts";
