/**
 * Kazakh Cyrillic written the ways people write it outside Cyrillic: the three official Latin
 * alphabets (2017 apostrophes, 2018 acute accents, 2021 diacritics), the informal Latin of chats
 * (q, gh, sh, ng) and Kazakh typed on a Russian keyboard (the nine Kazakh letters replaced by
 * their nearest Russian ones). Written for the evaluation set on purpose apart from the product's
 * transliteration, so the set does not test the rule against its own mirror.
 */
export type KazakhSpelling = "latin-2017" | "latin-2018" | "latin-2021" | "latin-informal" | "russian-letters";

type Table = Record<string, string>;

// Letters common to the Latin tables; each alphabet overrides the ones it spells differently.
const LATIN_BASE: Table = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  з: "z",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ф: "f",
  х: "h",
  һ: "h",
  ъ: "",
  ь: "",
  э: "e",
};

/** Decree of 26 October 2017: apostrophes mark the letters Latin lacks. */
const LATIN_2017: Table = {
  ...LATIN_BASE,
  ә: "a'",
  ғ: "g'",
  ж: "j",
  и: "i'",
  й: "i'",
  і: "i",
  ң: "n'",
  ө: "o'",
  у: "y'",
  ұ: "u",
  ү: "u'",
  ш: "s'",
  ч: "c'",
  щ: "s's'",
  ц: "ts",
  ы: "y",
  ё: "io",
  ю: "i'y'",
  я: "i'a",
};

/** Decree of 19 February 2018: acute accents, sh/ch digraphs, dotless ı for и and й. */
const LATIN_2018: Table = {
  ...LATIN_BASE,
  ә: "á",
  ғ: "ǵ",
  ж: "j",
  и: "ı",
  й: "ı",
  і: "i",
  ң: "ń",
  ө: "ó",
  у: "ý",
  ұ: "u",
  ү: "ú",
  ш: "sh",
  ч: "ch",
  щ: "shsh",
  ц: "ts",
  ы: "y",
  ё: "ıo",
  ю: "ıý",
  я: "ıa",
};

/** The 2021 alphabet: Turkic diacritics (ä, ğ, ñ, ö, ş, ü, ū), İ/i for и and й, I/ı for і. */
const LATIN_2021: Table = {
  ...LATIN_BASE,
  ә: "ä",
  ғ: "ğ",
  ж: "j",
  и: "i",
  й: "i",
  і: "ı",
  ң: "ñ",
  ө: "ö",
  у: "u",
  ұ: "ū",
  ү: "ü",
  ш: "ş",
  ч: "ç",
  щ: "şş",
  ц: "ts",
  ы: "y",
  ё: "io",
  ю: "iu",
  я: "ia",
};

/** How people write Kazakh in Latin in chats: no diacritics, q for қ, gh for ғ, sh for ш. */
const LATIN_INFORMAL: Table = {
  ...LATIN_BASE,
  ә: "a",
  ғ: "gh",
  ж: "zh",
  и: "i",
  й: "i",
  і: "i",
  ң: "ng",
  ө: "o",
  у: "u",
  ұ: "u",
  ү: "u",
  ш: "sh",
  ч: "ch",
  щ: "sh",
  ц: "ts",
  ы: "y",
  ё: "yo",
  ю: "yu",
  я: "ya",
};

/** Kazakh on a Russian keyboard: only the nine Kazakh-specific letters change. */
const RUSSIAN_LETTERS: Table = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };

const TABLES: Record<KazakhSpelling, Table> = {
  "latin-2017": LATIN_2017,
  "latin-2018": LATIN_2018,
  "latin-2021": LATIN_2021,
  "latin-informal": LATIN_INFORMAL,
  "russian-letters": RUSSIAN_LETTERS,
};

/** Capital İ and I are the 2021 alphabet's own pair (и → İ, і → I), unlike JavaScript's toUpperCase. */
const CAPITALS_2021: Table = { и: "İ", й: "İ", і: "I" };

export function spellKazakh(text: string, spelling: KazakhSpelling): string {
  const table = TABLES[spelling];
  const chars = [...text];
  return chars
    .map((char, index) => {
      const lower = char.toLowerCase();
      const mapped = table[lower];
      if (mapped === undefined) return char;
      if (lower === char) return mapped;
      if (spelling === "latin-2021" && CAPITALS_2021[lower]) return CAPITALS_2021[lower];
      // A capital digraph stays "Sh" before a small letter and "SH" inside a word in capitals.
      const next = chars[index + 1] ?? "";
      const wordInCapitals = next !== "" && next === next.toUpperCase() && next !== next.toLowerCase();
      return wordInCapitals ? mapped.toUpperCase() : mapped.charAt(0).toUpperCase() + mapped.slice(1);
    })
    .join("");
}
