import { kazakhStages } from "./kazakh-stem.ts";
import { ECONOMY_LEXICON } from "./lexicon-part-economy.ts";
import { GENERAL_LEXICON } from "./lexicon-part-general.ts";
import { SOCIETY_LEXICON } from "./lexicon-part-society.ts";
import { STATE_LEXICON } from "./lexicon-part-state.ts";
import { PLACES } from "./places.kk-ru.ts";
import { russianStem } from "./russian-stem.ts";

export type TranslationLang = "kk" | "ru";

/** One way a concept is written in one language: its words' stems, in order. */
interface Form {
  key: string;
  stems: string[];
  /** Letters in its stems: of two forms of as many words, the longer is the more specific. */
  letters: number;
  /** Places are names: at least one of the words must be capitalised in the text. */
  isPlace: boolean;
}

/** Where several forms start at one word, the longest wins: more words, then more letters. */
const isLonger = (form: Form, than: Form) =>
  form.stems.length > than.stems.length || (form.stems.length === than.stems.length && form.letters > than.letters);

/** A lexicon line: its concept, its Kazakh forms and its Russian forms. */
export interface LexiconEntry {
  concept: string;
  kk: string[];
  ru: string[];
}

/** A stem this long or longer also matches words it begins ("заңнама" → "заңнамалық"). */
const PREFIX_MIN = 5;

/** Parses `concept | kk forms | ru forms` lines; blank lines and `#` comments are skipped. */
export function parseLexicon(text: string): LexiconEntry[] {
  return text.split("\n").flatMap((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return [];
    const [concept, kk, ru, extra] = trimmed.split("|").map((part) => part.trim());
    if (!concept || !kk || !ru || extra !== undefined)
      throw new Error(`lexicon line ${index + 1} is not "concept | kk | ru": ${trimmed}`);
    const forms = (list: string) =>
      list
        .split(",")
        .map((form) => form.trim().toLowerCase())
        .filter(Boolean);
    return [{ concept, kk: forms(kk), ru: forms(ru) }];
  });
}

/** Every concept of the shipped lexicon (news vocabulary, without the places). */
export const LEXICON: readonly LexiconEntry[] = [
  STATE_LEXICON,
  ECONOMY_LEXICON,
  SOCIETY_LEXICON,
  GENERAL_LEXICON,
].flatMap(parseLexicon);
export const PLACE_ENTRIES: readonly LexiconEntry[] = parseLexicon(PLACES);

const TOKEN_SPLIT = /\s+/;

function formsOf(entries: readonly LexiconEntry[], lang: TranslationLang, prefix: string, isPlace: boolean): Form[] {
  return entries.flatMap((entry) =>
    entry[lang].map((form) => {
      // Russian forms are written as words and compared as Snowball stems; Kazakh forms are stems.
      const stems = form.split(TOKEN_SPLIT).map((word) => (lang === "ru" ? russianStem(word) : word));
      return { key: `${prefix}${entry.concept}`, stems, letters: stems.join("").length, isPlace };
    }),
  );
}

/** A word of the text: lower-cased, with whether it was capitalised. */
export interface LexiconToken {
  word: string;
  capitalised: boolean;
}

/** What one word of a text matches in the lexicon (most words: nothing). */
interface WordMatches {
  stems: ReadonlySet<string>;
  /** The forms whose first stem is one of `stems`. */
  startingForms: readonly Form[];
}

/** Finds the lexicon's concepts and places in a text's words, in one language. */
export class PhraseMatcher {
  private readonly byFirstStem = new Map<string, Form[]>();
  private readonly stems = new Set<string>();
  private readonly matchesOfWord = new Map<string, WordMatches>();

  constructor(
    private readonly lang: TranslationLang,
    forms: readonly Form[],
  ) {
    for (const form of forms) {
      const first = form.stems[0] as string;
      this.byFirstStem.set(first, [...(this.byFirstStem.get(first) ?? []), form]);
      for (const stem of form.stems) this.stems.add(stem);
    }
  }

  /**
   * The key of each concept or place found, and the indexes of the words they took (a word
   * takes part in one match: the longest form found where it starts).
   */
  match(tokens: readonly LexiconToken[]): { keys: string[]; used: Set<number> } {
    const keys: string[] = [];
    const used = new Set<number>();
    for (let index = 0; index < tokens.length; index++) {
      let best: Form | null = null;
      for (const form of this.matchesOf((tokens[index] as LexiconToken).word).startingForms)
        if (this.formAt(form, tokens, index) && (!best || isLonger(form, best))) best = form;
      if (!best) continue;
      keys.push(best.key);
      for (let offset = 0; offset < best.stems.length; offset++) used.add(index + offset);
      index += best.stems.length - 1;
    }
    return { keys, used };
  }

  private formAt(form: Form, tokens: readonly LexiconToken[], start: number): boolean {
    for (let offset = 1; offset < form.stems.length; offset++) {
      const token = tokens[start + offset];
      if (!token || !this.matchesOf(token.word).stems.has(form.stems[offset] as string)) return false;
    }
    return !form.isPlace || form.stems.some((_, offset) => tokens[start + offset]?.capitalised);
  }

  /**
   * The lexicon stems a word matches (at a stage of its stemming, or as a long enough prefix),
   * and the forms starting with one of them.
   */
  private matchesOf(word: string): WordMatches {
    const cached = this.matchesOfWord.get(word);
    if (cached) return cached;
    const stages = this.lang === "kk" ? kazakhStages(word) : [russianStem(word)];
    const stems = new Set(stages.filter((stage) => this.stems.has(stage)));
    for (const stage of stages) {
      for (let length = PREFIX_MIN; length < stage.length; length++) {
        const prefix = stage.slice(0, length);
        if (this.stems.has(prefix)) stems.add(prefix);
      }
    }
    const matches = { stems, startingForms: [...stems].flatMap((stem) => this.byFirstStem.get(stem) ?? []) };
    if (this.matchesOfWord.size >= MAX_CACHED_WORDS) this.matchesOfWord.clear();
    this.matchesOfWord.set(word, matches);
    return matches;
  }
}

/** Words whose matches are kept (bounded, like the other caches of word forms). */
const MAX_CACHED_WORDS = 100_000;

const matchers = new Map<TranslationLang, PhraseMatcher>();

/** The matcher of the shipped lexicon and places for one language (built once). */
export function lexiconMatcher(lang: TranslationLang): PhraseMatcher {
  let matcher = matchers.get(lang);
  if (!matcher) {
    matcher = new PhraseMatcher(lang, [
      ...formsOf(LEXICON, lang, "c:", false),
      ...formsOf(PLACE_ENTRIES, lang, "p:", true),
    ]);
    matchers.set(lang, matcher);
  }
  return matcher;
}
