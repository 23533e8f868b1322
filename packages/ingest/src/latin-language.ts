import type { TLang } from "@tekser/contracts";

// Kazakh words common in news text, in the 2017 (apostrophe), 2018 (acute) and 2021 (ä, ğ, ñ, ş,
// ı, ū) Latin alphabets. Words another language shares ("bar", "ben", "bir", "men") are left out.
const KK_WORDS = new Set([
  "jäne",
  "jane",
  "jáne",
  "dep",
  "degen",
  "turaly",
  "boiynşa",
  "boiynsha",
  "boıynsha",
  "bul",
  "osy",
  "sol",
  "qazaqstan",
  "qazaq",
  "bolyp",
  "bolady",
  "bolğan",
  "bolǵan",
  "boldy",
  "üşin",
  "ushin",
  "úshin",
  "emes",
  "joq",
  "jyly",
  "jyl",
  "bügin",
  "bügın",
  "búgin",
  "keşe",
  "keshe",
  "eken",
  "edi",
  "jaña",
  "jańa",
  "arasynda",
]);
/**
 * Kazakh suffixes that German, French, Turkish and English words do not end in: the genitive with
 * ñ/ń/n', the dative and participle after ğ/ǵ/q, -dağy/-degi, converb -yp, possessive -ymyz and
 * the past tense after a sonorant (boldy, qabyldandy, aşyldy).
 */
const KK_SUFFIX = /(?:[ndt][yiı](?:ñ|ń)|(?:ğ|ǵ|q)(?:a|an|en)|[dt](?:ağy|aǵy|egi|egı)|[^aeiouy]yp|ymyz|[lnrqz]dy|syz)$/u;
// Letters no other language here uses; ñ is Spanish too, but only before a vowel.
const KK_ONLY_LETTERS = /[ǵūŪǴ]|ñ(?![aeiouáéíóú])/u;
// Letters Kazakh Latin never uses, in any of its alphabets.
const NON_KK_LETTERS = /[çßéèêàâîôûùëïœÇÉÈÀ]/u;

const EN_WORDS = new Set([
  "the",
  "and",
  "of",
  "to",
  "in",
  "is",
  "are",
  "was",
  "were",
  "for",
  "on",
  "that",
  "with",
  "by",
  "at",
  "from",
  "this",
  "it",
  "as",
  "be",
  "has",
  "have",
  "said",
  "will",
  "an",
  "a",
  "not",
]);
// Function words of the other Latin-script languages a Kazakh desk meets: German, French,
// Turkish, Spanish. Their evidence outweighs letters shared with Kazakh (ä, ö, ü, ğ, ş, ı).
const OTHER_WORDS = new Set([
  "der",
  "die",
  "das",
  "und",
  "ist",
  "nicht",
  "ein",
  "eine",
  "einen",
  "mit",
  "den",
  "dem",
  "des",
  "zu",
  "von",
  "auf",
  "für",
  "sich",
  "auch",
  "im",
  "am",
  "wird",
  "wurde",
  "werden",
  "sie",
  "nach",
  "bei",
  "aus",
  "hat",
  "sind",
  "über",
  "le",
  "la",
  "les",
  "et",
  "est",
  "une",
  "un",
  "du",
  "dans",
  "pour",
  "que",
  "qui",
  "sur",
  "pas",
  "avec",
  "au",
  "aux",
  "ce",
  "il",
  "elle",
  "sont",
  "par",
  "mais",
  "ont",
  "cette",
  "ses",
  "ve",
  "bu",
  "için",
  "ile",
  "çok",
  "olarak",
  "olan",
  "daha",
  "gibi",
  "ama",
  "değil",
  "ise",
  "kadar",
  "sonra",
  "yeni",
  "tarafından",
  "oldu",
  "var",
  "yok",
  "ancak",
  "göre",
  "el",
  "los",
  "las",
  "del",
  "por",
  "con",
  "una",
  "para",
  "se",
  "su",
  "al",
]);
const FRENCH_ELISIONS = new Set(["qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "aujourd"]);
const ENGLISH_CONTRACTIONS = new Set(["s", "t", "re", "ll", "ve", "d", "m"]);

/**
 * Latin-script text: Kazakh when Kazakh words, suffixes, q outside "qu" or 2017 apostrophe
 * spellings outweigh both English and other languages' evidence; letters shared with German and
 * Turkish (ä, ö, ü, ğ, ş, ı) prove nothing alone. English needs English function words.
 */
export function latinLanguage(text: string, words: string[]): TLang {
  let kk = apostropheSpellings(text);
  let en = 0;
  let other = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (EN_WORDS.has(lower)) en += 1;
    else if (OTHER_WORDS.has(lower) || NON_KK_LETTERS.test(word)) other += 1;
    else if (KK_WORDS.has(lower)) kk += 1;
    else if (/q(?!u)/.test(lower) || KK_ONLY_LETTERS.test(lower) || (lower.length > 4 && KK_SUFFIX.test(lower)))
      kk += 1;
  }
  if (kk >= 1 && kk > en && kk > other) return "kk";
  return en >= 1 && en > other ? "en" : "other";
}

/**
 * Words in the 2017 alphabet's apostrophe spelling (jan'a, Respy'bli'kasy, Qazaqstannyn'). Not
 * French elisions (l', qu'), English contractions (don't) or Turkish suffixes on names
 * (Astana'da), which follow one capitalised word.
 */
function apostropheSpellings(text: string): number {
  let count = 0;
  // Every word, apostrophes or not: requiring one made each letter of a long word start a
  // match that failed at its end, a time that grew with the square of the word's length.
  for (const [word] of text.matchAll(/\p{L}+(?:['’]\p{L}*)*/gu)) {
    if (!/['’]/.test(word)) continue;
    const parts = word.split(/['’]/);
    const head = parts[0] ?? "";
    const tail = parts.at(-1) ?? "";
    if (head.length < 2 || FRENCH_ELISIONS.has(head.toLowerCase())) continue;
    if (parts.length === 2 && ENGLISH_CONTRACTIONS.has(tail.toLowerCase())) continue;
    const capitalised = head[0] !== head[0]?.toLowerCase();
    if (parts.length > 2 || tail === "" || !capitalised) count += 1;
  }
  return count;
}
