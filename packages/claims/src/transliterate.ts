/**
 * Kazakh is written in Cyrillic and, increasingly, in the Latin alphabet (the 2017 apostrophe
 * version, the 2018 acute version and the 2021 version are all seen in the wild). To compare a
 * copy with its transliteration, every word is reduced to one Latin "skeleton" that drops the
 * distinctions the alphabets disagree on (і/ı/i/y, ш/ş/sh, ә/ä/á/a'…). Russian goes through the
 * same map, so a Russian text only ever matches Russian text with the same words.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "h",
  һ: "h",
  ц: "c",
  ч: "c",
  ш: "s",
  щ: "s",
  ъ: "",
  ы: "i",
  і: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

/** Latin spellings that differ between the Kazakh Latin alphabets, folded to the skeleton. */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/shch|sh|ch|ts/g, "s"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  // Informal Latin writes ғ as gh and ң as ng; Cyrillic нг folds the same way, so both agree.
  [/gh/g, "g"],
  [/ng/g, "n"],
  [/yu/g, "iu"],
  [/ya/g, "ia"],
  [/yo/g, "e"],
];

const LATIN_LETTERS: Record<string, string> = { ı: "i", y: "i", x: "h", w: "u", c: "s", ç: "s", ş: "s" };

/**
 * Skeletons already made. News vocabulary repeats (a few thousand words make up most of any
 * text), and transliterating was the largest single cost of ingesting a feed (pnpm bench:ingest).
 * Bounded: emptied when full, so an unusual stream of distinct tokens cannot grow it.
 */
const skeletons = new Map<string, string>();
const MAX_SKELETONS = 200_000;

/** Reduces one lower-cased word (Cyrillic or Latin) to its alphabet-independent skeleton. */
export function skeletonWord(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    skeleton = transliterate(word);
    // A copy as the key: the word may be a slice that keeps the whole document's text alive.
    skeletons.set(Buffer.from(word).toString(), skeleton);
  }
  return skeleton;
}

function transliterate(word: string): string {
  // The 2017 alphabet writes у as y' while y alone is ы: decide it before apostrophes go.
  const apostrophesRead = word.replace(/y['’]/g, "u");
  let latin = "";
  // The 2018 alphabet writes у as ý while y is ы: decide ý before its accent is stripped.
  for (const char of apostrophesRead) latin += CYRILLIC_TO_LATIN[char] ?? (char === "ý" ? "u" : char);
  // Letters with diacritics (ä, ğ, ñ, ö, ū, ü, á, ǵ, ń, ó, ú, ý) lose the mark: the base letter is
  // what all three Latin alphabets agree on.
  latin = latin.normalize("NFD").replace(/[\u0300-\u036f'’]/g, "");
  for (const [pattern, replacement] of LATIN_DIGRAPHS) latin = latin.replace(pattern, replacement);
  let skeleton = "";
  for (const char of latin) skeleton += LATIN_LETTERS[char] ?? char;
  return skeleton;
}
