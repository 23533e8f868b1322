import { findDates, findMonths } from "./dates.ts";
import { nameKey } from "./fold.ts";
import { lexiconMatcher, type LexiconToken, type TranslationLang } from "./lexicon.ts";
import { findNumbers } from "./numbers.ts";
import { cleanedText } from "../normalise.ts";
import { isUpperCaseUnit } from "@tekser/ingest/letter-case";
import { forEachLetterWord } from "@tekser/ingest/word-spans";

/**
 * What a Kazakh or Russian text says that survives translation, as keys both languages share:
 * `n:` names (folded, endings cut: "n:токае"), `i:` capitalised words that start a sentence
 * (names or not: they count only when the other text has them), `p:` places, `#kind:` numbers,
 * `d:` days of the year, `m:` months named without a day and `c:` lexicon concepts. Stored with the item, so the keys are the
 * profile: comparing two items needs no text.
 */
export type TranslationKeys = readonly string[];

/** A lead, not a whole long article: a translation renders the lead, and analysis stays cheap. */
const PROFILE_CHARS = 4_000;

/** Where a sentence starts: the text's start, a line break, or after . ! ? … and any quotes or dashes. */
const SENTENCE_START = /(?:^|[\n.!?…:])[\s«"“„'(—–-]*$/u;

export function isTranslationLang(lang: string): lang is TranslationLang {
  return lang === "kk" || lang === "ru";
}

/**
 * Builds what `translationKeys` reads, once per process: the lexicon's phrase matchers take tens
 * of milliseconds a language, which a thread can spend at start-up instead of in its first text.
 */
export function prepareTranslationKeys(): void {
  for (const lang of ["kk", "ru"] as const) lexiconMatcher(lang);
}

/** The cross-language keys of a text in Kazakh or Russian, distinct, in order of appearance. */
export function translationKeys(text: string, lang: TranslationLang): string[] {
  // Site lines (view counters, "read also", sources) carry numbers and names of other stories.
  const original = cleanedText(text).slice(0, PROFILE_CHARS);
  const lowered = original.toLowerCase();
  const words: string[] = [];
  const starts: number[] = [];
  forEachLetterWord(original, (start, end) => {
    words.push(original.slice(start, end));
    starts.push(start);
  });
  const tokens: LexiconToken[] = words.map((word) => ({ word: word.toLowerCase(), capitalised: startsUpper(word) }));
  const { keys: lexiconKeys, used } = lexiconMatcher(lang).match(tokens);

  const names: string[] = [];
  const initials: string[] = [];
  words.forEach((word, index) => {
    if (used.has(index) || !(tokens[index] as LexiconToken).capitalised) return;
    const start = starts[index] as number;
    const atSentenceStart = SENTENCE_START.test(original.slice(Math.max(0, start - 8), start));
    word.split(/[-'’]/).forEach((part, partIndex) => {
      if (!isName(part)) return;
      const key = nameKey(part);
      if (key.length < 3) return;
      (atSentenceStart && partIndex === 0 ? initials : names).push(`n:${key}`);
    });
  });
  const nameSet = new Set(names);
  const dates = findDates(lowered);
  const numbers = findNumbers(lowered, dates);
  return [
    ...new Set([
      ...names,
      ...initials.filter((key) => !nameSet.has(key)).map((key) => `i:${key.slice(2)}`),
      ...lexiconKeys,
      ...numbers,
      ...dates.map((date) => date.key),
      ...findMonths(lowered, lang, dates),
      ...dates.flatMap((date) => (date.year ? [`#year:${date.year}`] : [])),
    ]),
  ];
}

function startsUpper(word: string): boolean {
  return word !== "" && isUpperCaseUnit(word.charCodeAt(0));
}

/** A name's spelling: a capital, then lower case (a word in capitals is an abbreviation or shouted). */
function isName(word: string): boolean {
  return startsUpper(word) && word.slice(1) !== word.slice(1).toUpperCase();
}

/** Counts this small are too common to look stored items up by (page numbers, ages, "10 people"). */
const LOOKUP_COUNT_MIN = 100;

/**
 * The keys that find a stored item (its anchors, indexed): names, days and the more specific
 * numbers. Not concepts (every pension story has "pension"), places (a week's news says "Astana"
 * thousands of times), years, small counts, nor words that only start a sentence (most are
 * ordinary words, one a sentence) — those count in the evidence but find no candidates.
 */
export function anchorKeys(keys: TranslationKeys): string[] {
  return keys.filter((key) => key.startsWith("n:") || isSpecificFigure(key));
}

/** The anchors a new text looks stored items up by: its own, and a sentence's first word as a name. */
export function lookupKeys(keys: TranslationKeys): string[] {
  return [...new Set(keys.flatMap((key) => (key.startsWith("i:") ? [`n:${key.slice(2)}`] : anchorKeys([key]))))];
}

function isSpecificFigure(key: string): boolean {
  if (key.startsWith("d:") || key.startsWith("#percent:") || key.startsWith("#money:")) return true;
  return key.startsWith("#count:") && Number(key.slice("#count:".length)) >= LOOKUP_COUNT_MIN;
}
