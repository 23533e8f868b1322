import type { TLang } from "@tekser/contracts";
import { latinLanguage } from "./latin-language.ts";

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

// Words and their letters are checked by code unit or code point: a `\p{L}` match over the text
// and five regexps per word took 31 ms to read the language of 200 long pages, these loops 17.
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
const READ = 4;
/**
 * Of each basic-plane code unit, whether it is a Kazakh-specific letter and whether lower-casing
 * changes it, filled in as texts bring them: a word is lower-cased only when it has a capital and
 * no Kazakh letter, which most words of a page do not.
 */
const unitKinds = new Uint8Array(0x10000);
const SURROGATE_FIRST = 0xd800;
const SURROGATE_LAST = 0xdfff;

/** KAZAKH_LETTER when a word has a Kazakh-specific letter, UPPER_CASE when it differs from its lower case. */
function letterKinds(word: string): number {
  let kinds = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    // A letter of another plane is cased as a pair of units: the word is asked whole.
    if (unit >= SURROGATE_FIRST && unit <= SURROGATE_LAST)
      return (hasKazakhLetter(word) ? KAZAKH_LETTER : 0) | (word !== word.toLowerCase() ? UPPER_CASE : 0);
    let kind = unitKinds[unit] as number;
    if (kind === 0) {
      const char = String.fromCharCode(unit);
      kind = READ | (KAZAKH_LETTERS.has(unit) ? KAZAKH_LETTER : 0) | (char !== char.toLowerCase() ? UPPER_CASE : 0);
      unitKinds[unit] = kind;
    }
    kinds |= kind;
  }
  return kinds;
}

/**
 * The runs of letters of a text, as `text.match(/\p{L}+/gu)` finds them: ASCII and the Cyrillic
 * block are told apart here, other code points of the basic plane once each by that regexp (its
 * match over a whole page was most of reading the page's language).
 */
function letterRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  let at = 0;
  while (at < text.length) {
    const codePoint = text.codePointAt(at) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isLetter(codePoint)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      runs.push(text.slice(start, at));
      start = -1;
    }
    at += width;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

const CYRILLIC_NON_LETTERS_FIRST = 0x0482; // ҂ and the combining marks after it, to U+0489
const CYRILLIC_NON_LETTERS_LAST = 0x0489;
const ONE_LETTER = /^\p{L}$/u;
const UNKNOWN = 0;
const LETTER = 1;
const NOT_LETTER = 2;
/** Whether each code unit of the basic plane is a letter, filled in as texts bring them (64 kB at most). */
const basicPlane = new Uint8Array(0x10000);

function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a;
  if (codePoint >= CYRILLIC_FIRST && codePoint <= CYRILLIC_LAST)
    return codePoint < CYRILLIC_NON_LETTERS_FIRST || codePoint > CYRILLIC_NON_LETTERS_LAST;
  // Letters of the other planes are rare in news: each is asked of the regexp.
  if (codePoint > 0xffff) return ONE_LETTER.test(String.fromCodePoint(codePoint));
  if (basicPlane[codePoint] === UNKNOWN)
    basicPlane[codePoint] = ONE_LETTER.test(String.fromCharCode(codePoint)) ? LETTER : NOT_LETTER;
  return basicPlane[codePoint] === LETTER;
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
