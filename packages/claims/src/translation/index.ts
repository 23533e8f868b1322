export { translationEvidence, type Contradiction, type TranslationEvidence } from "./evidence.ts";
export {
  anchorKeys,
  isTranslationLang,
  lookupKeys,
  prepareTranslationKeys,
  translationKeys,
  type TranslationKeys,
} from "./profile.ts";
export { decideTranslation, TRANSLATION_RULES, type TranslationDecision } from "./rules.ts";
export { LEXICON, PLACE_ENTRIES, type TranslationLang } from "./lexicon.ts";
