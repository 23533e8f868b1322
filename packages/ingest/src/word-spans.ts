/**
 * The words of a text, found by walking its UTF-16 code units through a table of their Unicode
 * classes. Each scanner finds exactly the words of the regexp quoted on it (word-spans.test.ts
 * compares them), at a fraction of the cost of `matchAll`, which builds a match object per word
 * and tests `\p{L}` code point by code point.
 */

/** Called with where a word starts and where it ends (exclusive), in UTF-16 code units. */
export type OnWord = (start: number, end: number) => void;

const LETTER = 1;
const NUMBER = 2;
/** A table entry only: the code point is a pair's, looked up apart (see `pairClass`). */
const HIGH_SURROGATE = 4;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;

// Limits of the regexp this scanner replaced, kept so that texts read the same as before (their
// fingerprints are stored). The regexp was bounded because its backtracking entries overflowed
// the stack on a crafted word of megabytes: a longer "word" is read as several.
const MAX_RUN = 256;
const MAX_APOSTROPHES = 16;

/**
 * Words as the regexp `[\p{L}\p{N}]{1,256}(?:['’][\p{L}\p{N}]{0,256}){0,16}` (flags `gu`) finds
 * them: letters and digits, with apostrophes inside or at the end (letters of the 2017 Latin
 * alphabet: s'=ш, y'=у).
 */
export function forEachAlphanumericWord(text: string, onWord: OnWord): void {
  forEachWord(text, LETTER | NUMBER, alphanumericWordEnd, onWord);
}

function alphanumericWordEnd(table: Uint8Array, text: string, start: number): number {
  let at = runEnd(table, text, start, LETTER | NUMBER, MAX_RUN);
  for (let groups = 0; groups < MAX_APOSTROPHES && isApostrophe(text.charCodeAt(at)); groups++) {
    at = runEnd(table, text, at + 1, LETTER | NUMBER, MAX_RUN);
  }
  return at;
}

/**
 * Words as the regexp `\p{L}+(?:[-'’]\p{L}+)*` (flags `gu`) finds them: letters, joined by a
 * hyphen or an apostrophe that a letter follows ("Нұр-Сұлтан", "д’Артаньян"; "Алматы-" ends
 * before the hyphen).
 */
export function forEachLetterWord(text: string, onWord: OnWord): void {
  forEachWord(text, LETTER, letterWordEnd, onWord);
}

function letterWordEnd(table: Uint8Array, text: string, start: number): number {
  let at = runEnd(table, text, start, LETTER, Infinity);
  while (isJoiner(text.charCodeAt(at)) && (classAt(table, text, at + 1) & LETTER) !== 0) {
    at = runEnd(table, text, at + 1, LETTER, Infinity);
  }
  return at;
}

/** Runs of letters as the regexp `\p{L}+` (flags `gu`) finds them: what the language reader counts. */
export function forEachLetterRun(text: string, onRun: OnWord): void {
  forEachWord(text, LETTER, letterRunEnd, onRun);
}

const letterRunEnd = (table: Uint8Array, text: string, start: number) => runEnd(table, text, start, LETTER, Infinity);

/** Calls `onWord` for each word, which starts with a code point of the `startClasses` and ends at `wordEnd`. */
function forEachWord(
  text: string,
  startClasses: number,
  wordEnd: (table: Uint8Array, text: string, start: number) => number,
  onWord: OnWord,
): void {
  const table = classTable();
  let at = 0;
  while (at < text.length) {
    if ((classAt(table, text, at) & startClasses) === 0) {
      // A pair that is no word's is stepped over one half at a time: its low half is no word's either.
      at++;
      continue;
    }
    const start = at;
    at = wordEnd(table, text, start);
    onWord(start, at);
  }
}

/** Where a run of at most `maxCodePoints` code points of the `wanted` classes, from `from`, ends. */
function runEnd(table: Uint8Array, text: string, from: number, wanted: number, maxCodePoints: number): number {
  let at = from;
  for (let count = 0; count < maxCodePoints && at < text.length; count++) {
    const unitClass = table[text.charCodeAt(at)] as number;
    if ((unitClass & wanted) !== 0) at++;
    else if (unitClass === HIGH_SURROGATE && (pairClass(text, at) & wanted) !== 0) at += 2;
    else break;
  }
  return at;
}

function classAt(table: Uint8Array, text: string, at: number): number {
  if (at >= text.length) return 0;
  const unitClass = table[text.charCodeAt(at)] as number;
  return unitClass === HIGH_SURROGATE ? pairClass(text, at) : unitClass;
}

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/**
 * The class of the code point a high surrogate at `at` starts: astral letters and digits (𝐀,
 * 𝟎) are rare enough to be tested by the regexps. A lone surrogate is neither, as for `/u`: with
 * the unit after it, it makes two code points, which no `^…$` of one code point matches.
 */
function pairClass(text: string, at: number): number {
  const char = text.slice(at, at + 2);
  if (IS_LETTER.test(char)) return LETTER;
  return IS_NUMBER.test(char) ? NUMBER : 0;
}

const isApostrophe = (unit: number) => unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE;
const isJoiner = (unit: number) => unit === HYPHEN || isApostrophe(unit);

let unitClasses: Uint8Array | undefined;

/** Each UTF-16 code unit's class, built on first use: some 10 ms, which a process that reads no text never spends. */
function classTable(): Uint8Array {
  if (unitClasses) return unitClasses;
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdbff) table[unit] = HIGH_SURROGATE;
    // Low surrogates stay 0: in a pair they are read with its high half, and alone they are
    // neither letter nor number, as for `/u`.
    else if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    else {
      const char = String.fromCharCode(unit);
      if (IS_LETTER.test(char)) table[unit] = LETTER;
      else if (IS_NUMBER.test(char)) table[unit] = NUMBER;
    }
  }
  unitClasses = table;
  return table;
}
