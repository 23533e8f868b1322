import { skeletonWord } from "./transliterate.ts";

/**
 * A Kazakh text and its Russian translation share few words, but they name the same people,
 * places and numbers: "Тоқаев Астанада" and "Токаев … в Астане". Their skeletons still differ
 * where the languages spell a name differently (Kazakh қ is q, Russian к is k and х is h:
 * "qazaqstan", "kazahstan") and by the case endings each language adds ("astanada", "astane").
 * The cross-language key folds q and h into k; anchors are cut to their first letters.
 */
export function crossLanguageKey(skeleton: string): string {
  return skeleton.replace(/[qh]/g, "k");
}

/** Letters of a name kept as its anchor: enough to tell names apart, short of most endings. */
const ANCHOR_LETTERS = 5;
/** Shorter capitalised words are mostly abbreviations, which the languages write differently ("ҚР", "РК"), or common words at the start of a sentence. */
const NAME_MIN_LETTERS = 4;
const NAME = /\p{Lu}[\p{L}'’]*/gu;
const NUMBER = /[0-9]{3,}/g;

/**
 * The anchors of a title, as cross-language keys: its capitalised words of four letters or more
 * (names; the first word too, as a title often starts with one) cut to five letters, and its
 * numbers of three digits or more. Distinct, in order of appearance.
 */
export function titleAnchors(title: string): string[] {
  const names = [...title.normalize("NFC").matchAll(NAME)]
    .map((match) => crossLanguageKey(skeletonWord(match[0].toLowerCase().replace(/['’]/g, ""))))
    .filter((key) => key.length >= NAME_MIN_LETTERS)
    .map((key) => key.slice(0, ANCHOR_LETTERS));
  const numbers = [...title.matchAll(NUMBER)].map((match) => match[0]).filter((digits) => !/^0+$/.test(digits));
  return [...new Set([...names, ...numbers])];
}
