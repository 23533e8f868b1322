import type { TLang } from "@tekser/contracts";
import { latinLanguage } from "./latin-language.ts";
import { isUpperCaseUnit } from "./letter-case.ts";
import { forEachLetterRun } from "./word-spans.ts";

// Frequent Kazakh words written without Kazakh-specific letters.
const KK_WORDS = new Set([
  "мен",
  "бен",
  "пен",
  "деп",
  "деді",
  "бар",
  "жоқ",
  "бойынша",
  "туралы",
  "осы",
  "сол",
  "да",
  "де",
  "та",
  "те",
  "жыл",
  "жылы",
  "бола",
  "болып",
  "болады",
  "еді",
  "ма",
  "ме",
  "па",
  "пе",
  "арасында",
]);
const RU_WORDS = new Set([
  "и",
  "в",
  "во",
  "не",
  "на",
  "что",
  "с",
  "со",
  "по",
  "как",
  "это",
  "он",
  "она",
  "они",
  "для",
  "из",
  "от",
  "до",
  "за",
  "о",
  "об",
  "к",
  "но",
  "а",
  "то",
  "все",
  "так",
  "его",
  "ее",
  "её",
  "был",
  "была",
  "были",
  "будет",
  "уже",
  "при",
  "также",
  "или",
  "который",
  "которые",
  "которых",
  "этого",
  "года",
  "году",
  "сообщили",
  "заявил",
  "может",
  "только",
  "если",
  "после",
  "чтобы",
]);
/** Russian inflections of a long lower-case word: its ending says Russian. */
const RU_ENDINGS = ["ться", "тся", "ого", "его", "ому", "ему", "ая", "ое", "ые", "ых", "ую", "ий", "ой"];

// Words are found by the scanner of word-spans.ts and their letters checked by code unit: a
// `\p{L}` match over the text and five regexps per word took 31 ms to read the language of 200
// long pages, these loops 13.
const CYRILLIC_FIRST = 0x0400;
const CYRILLIC_LAST = 0x04ff;
/** Letters of the Kazakh Cyrillic alphabet that Russian lacks, either case: ә ғ қ ң ө ұ ү һ і. */
const KAZAKH_LETTERS = new Set([..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"].map((letter) => letter.charCodeAt(0)));
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * Language of a text among those Tekser handles. Cyrillic text is Kazakh when its words carry
 * Kazakh-specific letters or Kazakh function words more than Russian ones; capitalised words
 * (names like "Тоқаев" in Russian text) count half. Latin text: see latinLanguage.
 */
export function detectLanguage(text: string): TLang {
  const words = letterRuns(text);
  let cyrillic = 0;
  let latin = 0;
  for (const word of words) {
    if (isCyrillic(word)) cyrillic += word.length;
    else if (LATIN_WORD.test(word)) latin += word.length;
  }
  if (cyrillic === 0 && latin === 0) return "other";
  return cyrillic >= latin ? cyrillicLanguage(words) : latinLanguage(text, words);
}

function cyrillicLanguage(words: string[]): TLang {
  let kk = 0;
  let ru = 0;
  for (const word of words) {
    const kinds = letterKinds(word);
    const capitalised = (kinds & UPPER_CASE) !== 0;
    if ((kinds & KAZAKH_LETTER) !== 0) {
      kk += capitalised ? 0.5 : 1;
      continue;
    }
    const lower = capitalised ? word.toLowerCase() : word;
    if (RU_WORDS.has(lower)) ru += 1;
    else if (KK_WORDS.has(lower)) kk += 1;
    else if (lower.length > 3 && isRussianLowerCase(lower) && RU_ENDINGS.some((ending) => lower.endsWith(ending)))
      ru += 0.5;
  }
  // Cyrillic with no Kazakh evidence is Russian; a tie goes to Russian too, since Russian text
  // about Kazakhstan is full of Kazakh names.
  return kk > ru ? "kk" : "ru";
}

const KAZAKH_LETTER = 1;
const UPPER_CASE = 2;
/** KAZAKH_LETTERS by code unit, up to the end of the Cyrillic block. */
const KAZAKH_LETTER_UNITS = new Uint8Array(CYRILLIC_LAST + 1);
for (const unit of KAZAKH_LETTERS) KAZAKH_LETTER_UNITS[unit] = 1;
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;

/**
 * KAZAKH_LETTER when a word has a Kazakh-specific letter, UPPER_CASE when it differs from its
 * lower case: read a code unit at a time, so that a word is lower-cased only when it has a capital
 * and no Kazakh letter, which most words of a page do not.
 */
function letterKinds(word: string): number {
  let kinds = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    // A letter of another plane is cased as a pair of units: the word is asked whole.
    if (unit >= SURROGATE_FIRST && unit <= SURROGATE_LAST)
      return (hasKazakhLetter(word) ? KAZAKH_LETTER : 0) | (word !== word.toLowerCase() ? UPPER_CASE : 0);
    if (unit <= CYRILLIC_LAST && KAZAKH_LETTER_UNITS[unit] === 1) kinds |= KAZAKH_LETTER;
    if (isUpperCaseUnit(unit)) kinds |= UPPER_CASE;
  }
  return kinds;
}

/** The runs of letters of a text, as `text.match(/\p{L}+/gu)` finds them. */
function letterRuns(text: string): string[] {
  const runs: string[] = [];
  forEachLetterRun(text, (start, end) => runs.push(text.slice(start, end)));
  return runs;
}

/** Every code unit in the Cyrillic block (a letter of another plane is two units outside it). */
function isCyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit < CYRILLIC_FIRST || unit > CYRILLIC_LAST) return false;
  }
  return true;
}

function hasKazakhLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (KAZAKH_LETTERS.has(word.charCodeAt(i))) return true;
  return false;
}

/** Only а–я and ё. */
function isRussianLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if ((unit < 0x0430 || unit > 0x044f) && unit !== 0x0451) return false;
  }
  return true;
}
