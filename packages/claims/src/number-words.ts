import { matchKey } from "./passages.ts";
import { skeletonWord } from "./transliterate.ts";

/**
 * Kazakh and Russian number words, as every form a text can use, so a figure written in words is
 * a figure: "үш" and "3" are one fact, "үш" and "бес" contradict. Forms are listed by their
 * fingerprint key (skeleton, қ folded into к), so the Latin and Russian-letter spellings of
 * Kazakh are read too, each with one lookup.
 */

/**
 * - `count`: adds to the figure being read ("жиырма" + "бес", "двадцать" + "пять", "триста");
 * - `hundred`: Kazakh "жүз" multiplies what comes before it ("үш жүз");
 * - `scale`: thousand, million…: closes a group ("екі миллион үш жүз мың" is read as "2 миллион
 *   300 мың" is tokenised, groups 2 and 300) and is a fact itself ("миллион" vs "миллиард").
 */
type WordKind = "count" | "hundred" | "scale";

export interface NumberWord {
  kind: WordKind;
  value: number;
  /** An ordinal, a collective or a word with a case suffix: nothing of the figure follows it. */
  last: boolean;
  /** "бір", "один": more often an article or a pronoun than a figure, so not read alone. */
  notAlone: boolean;
  /** Also an ordinary word of the other language ("он" is Russian "he"): read only in a text of this one. */
  onlyIn: "kk" | "ru" | null;
  /** A scale word that carries its count: "полмиллиона" is half a million. */
  ownCount?: number;
}

const key = (word: string) => matchKey(skeletonWord(word));
const FORMS = new Map<string, NumberWord>();

function add(forms: Iterable<string>, word: NumberWord): void {
  for (const form of forms) if (!FORMS.has(key(form))) FORMS.set(key(form), word);
}

const count = (value: number, last = false, onlyIn: "kk" | null = null): NumberWord => ({
  kind: "count",
  value,
  last,
  notAlone: value === 1 && !last,
  onlyIn,
});
const spaced = (list: string) => list.split(/\s+/).filter(Boolean);

// ── Kazakh ──────────────────────────────────────────────────────────────────────────────────
// Case suffixes after a numeral (dative, locative, ablative, genitive, accusative, instrumental),
// and after a possessive ("бесеуі-не", "бесеуі-нің"), with the stem's vowel harmony: "үште" is
// "in three", "ұста" is "craftsman". Voicing picks among the rest; listing all of them costs nothing.
const KAZAKH_CASES = {
  front: spaced("ге ке де те ден тен нен нің дің тің ні ді ті мен бен пен"),
  back: spaced("ға қа да та дан тан нан ның дың тың ны ды ты мен бен пен"),
};
const KAZAKH_POSSESSED_CASES = {
  front: ["і", ...spaced("ін іне інде інен інің імен")],
  back: ["ы", ...spaced("ын ына ында ынан ының ымен")],
};
const harmonyOf = (word: string): "front" | "back" => (/[әеіөү][^аәеіөүыоұ]*$/.test(word) ? "front" : "back");

/** Units and tens: the cardinal, its ordinal stem (қырық → қырқыншы) and its collective (бес → бесеу). */
const KAZAKH_NUMBERS: [value: number, cardinal: string, ordinal: string, collective: string | null][] = [
  [1, "бір", "бірінші", null],
  [2, "екі", "екінші", "екеу"],
  [3, "үш", "үшінші", "үшеу"],
  [4, "төрт", "төртінші", "төртеу"],
  [5, "бес", "бесінші", "бесеу"],
  [6, "алты", "алтыншы", "алтау"],
  [7, "жеті", "жетінші", "жетеу"],
  [8, "сегіз", "сегізінші", null],
  [9, "тоғыз", "тоғызыншы", null],
  [10, "он", "оныншы", null],
  [20, "жиырма", "жиырмасыншы", null],
  [30, "отыз", "отызыншы", null],
  [40, "қырық", "қырқыншы", null],
  [50, "елу", "елуінші", null],
  [60, "алпыс", "алпысыншы", null],
  [70, "жетпіс", "жетпісінші", null],
  [80, "сексен", "сексенінші", null],
  [90, "тоқсан", "тоқсаныншы", null],
];
/**
 * Kazakh numerals that are, in the skeleton, also frequent words of another kind: "он" is Russian
 * "he" (and "онда" is Kazakh "there"), "мың" is spelled like Russian "мин"; "мінді" ("got on")
 * is a verb, "алтыны" is "its gold".
 */
const KAZAKH_AMBIGUOUS = new Set([10, 1000]);
const NOT_KAZAKH_NUMBERS = new Set(["онда", "оны", "мыңды", "алтыны"].map(key));

function kazakhForms(
  value: number,
  cardinal: string,
  ordinal: string,
  collective: string | null,
  kind: WordKind = "count",
): void {
  const onlyIn = KAZAKH_AMBIGUOUS.has(value) ? "kk" : null;
  const word = (last: boolean): NumberWord =>
    kind === "count" ? count(value, last, onlyIn) : { kind, value, last, notAlone: false, onlyIn };
  const suffixed = (stem: string) => KAZAKH_CASES[harmonyOf(stem)].map((ending) => stem + ending);
  const possessed = (stem: string) => KAZAKH_POSSESSED_CASES[harmonyOf(stem)].map((ending) => stem + ending);
  add([cardinal], word(false));
  // "бірге", "бірден", "бірде" are "together", "at once", "once", not figures; "мыңға", "онға"
  // fold (нг → н) into "мына" ("this") and Russian "она".
  if (value !== 1)
    add(
      suffixed(cardinal).filter((form) => !/[нң][гғ]/.test(form)),
      word(true),
    );
  // An ordinal is an adjective: it takes the cases, or a possessive and then a case ("бесіншісі").
  add([ordinal, ...suffixed(ordinal), ...possessed(`${ordinal}с`)], word(true));
  if (collective) add([collective, ...suffixed(collective), ...possessed(collective)], word(true));
}

for (const [value, cardinal, ordinal, collective] of KAZAKH_NUMBERS) kazakhForms(value, cardinal, ordinal, collective);
kazakhForms(100, "жүз", "жүзінші", null, "hundred");
kazakhForms(1000, "мың", "мыңыншы", null, "scale");

// ── Russian ─────────────────────────────────────────────────────────────────────────────────
/**
 * Every case form of each cardinal (ё written е as well: the skeleton folds them). Not "сто": its
 * skeleton is that of "что" (ч and с both become s).
 */
const RUSSIAN_CARDINALS: Record<number, string> = {
  1: "один одна одно одного одной одному одним одном одну",
  2: "два две двух двум двумя",
  3: "три трех трем тремя",
  4: "четыре четырех четырем четырьмя",
  5: "пять пяти пятью",
  6: "шесть шести шестью",
  // None for 7: "семь" has the skeleton of "чем", "семи" and "семью" those of "семьи", "семью" (family).
  8: "восемь восьми восемью",
  9: "девять девяти девятью",
  10: "десять десяти десятью",
  11: "одиннадцать одиннадцати",
  12: "двенадцать двенадцати",
  13: "тринадцать тринадцати",
  14: "четырнадцать четырнадцати",
  15: "пятнадцать пятнадцати",
  16: "шестнадцать шестнадцати",
  17: "семнадцать семнадцати",
  18: "восемнадцать восемнадцати",
  19: "девятнадцать девятнадцати",
  20: "двадцать двадцати двадцатью",
  30: "тридцать тридцати тридцатью",
  40: "сорок сорока",
  50: "пятьдесят пятидесяти пятьюдесятью",
  60: "шестьдесят шестидесяти шестьюдесятью",
  70: "семьдесят семидесяти семьюдесятью",
  80: "восемьдесят восьмидесяти восемьюдесятью",
  90: "девяносто девяноста",
  100: "ста",
  200: "двести двухсот двумстам двумястами двухстах",
  300: "триста трехсот тремстам тремястами трехстах",
  400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
  500: "пятьсот пятисот пятистам пятьюстами пятистах",
  600: "шестьсот шестисот шестистам шестьюстами шестистах",
  700: "семьсот семисот семистам семьюстами семистах",
  800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
  900: "девятьсот девятисот девятистам девятьюстами девятистах",
};
/** Ordinal stems; each takes the adjective endings below. */
const RUSSIAN_ORDINALS: Record<number, string> = {
  1: "перв",
  2: "втор",
  3: "трет",
  4: "четверт",
  5: "пят",
  6: "шест",
  7: "седьм",
  8: "восьм",
  9: "девят",
  10: "десят",
  11: "одиннадцат",
  12: "двенадцат",
  13: "тринадцат",
  14: "четырнадцат",
  15: "пятнадцат",
  16: "шестнадцат",
  17: "семнадцат",
  18: "восемнадцат",
  19: "девятнадцат",
  20: "двадцат",
  30: "тридцат",
  40: "сороков",
  50: "пятидесят",
  60: "шестидесят",
  70: "семидесят",
  80: "восьмидесят",
  90: "девяност",
  100: "сот",
};
const RUSSIAN_ADJECTIVE_ENDINGS = spaced("ый ий ой ая яя ое ее ого его ому ему ым им ом ем ую юю ые ие ых их ыми ими");
/** "Третий" alone keeps a soft sign ("третья", "третьего"); on another stem these make other words ("соты"). */
const THIRD_ENDINGS = spaced("ий ья ье ьего ьему ьим ьем ью ьи ьих ьими");
/** Collectives and multiplicatives: "двое", "пятеро", "вдвое", "втрое". */
const RUSSIAN_COLLECTIVES: Record<number, string> = {
  2: "двое двоих двоим вдвое",
  3: "трое троих троим втрое",
  4: "четверо четверых вчетверо",
  5: "пятеро пятерых впятеро",
  6: "шестеро шестерых",
  7: "семеро семерых",
  10: "десятеро десятерых вдесятеро",
};
const RUSSIAN_SCALES: Record<number, string> = {
  1e3: "тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах",
  1e6: "миллион миллиона миллионов миллиону миллионом миллионе миллионы миллионам миллионами миллионах млн",
  1e9: "миллиард миллиарда миллиардов миллиарду миллиардом миллиарде миллиарды миллиардам миллиардами миллиардах млрд",
  1e12: "триллион триллиона триллионов триллиону триллионом триллионе триллионы триллионам триллионами триллионах трлн",
};

for (const [value, forms] of Object.entries(RUSSIAN_CARDINALS)) add(spaced(forms), count(Number(value)));
for (const [value, stem] of Object.entries(RUSSIAN_ORDINALS))
  add(
    (value === "3" ? THIRD_ENDINGS : RUSSIAN_ADJECTIVE_ENDINGS).map((ending) => stem + ending),
    count(Number(value), true),
  );
for (const [value, forms] of Object.entries(RUSSIAN_COLLECTIVES)) add(spaced(forms), count(Number(value), true));
for (const [value, forms] of Object.entries(RUSSIAN_SCALES)) {
  const scale: NumberWord = { kind: "scale", value: Number(value), last: false, notAlone: false, onlyIn: null };
  add(spaced(forms), scale);
  // Kazakh takes the same words with its own suffixes ("миллионнан", "миллиардқа").
  if (value !== "1000")
    add(
      spaced(forms)
        .slice(0, 1)
        .flatMap((form) => KAZAKH_CASES.back.map((ending) => form + ending)),
      scale,
    );
}

// "тыс." is spelled like Kazakh "тіс" (a tooth) in the skeleton.
add(["тыс"], { kind: "scale", value: 1e3, last: false, notAlone: false, onlyIn: "ru" });

// ── Fractions ───────────────────────────────────────────────────────────────────────────────
// A half or a quarter adds to the figure ("бір жарым" is 1.5, "жарты миллион" 0.5 million).
add(spaced("жарты жарым половина половины половине половину половиной"), count(0.5));
add(spaced("полтора полторы полутора"), count(1.5));
add(spaced("ширек четверть четверти четвертью"), count(0.25));
add(spaced("треть трети"), count(1 / 3));
for (const [value, forms] of Object.entries(RUSSIAN_SCALES)) {
  if (value === "1000") continue;
  // "полмиллиона": half and the scale in one word.
  add(
    spaced(forms)
      .slice(0, 2)
      .map((form) => `пол${form}`),
    { kind: "scale", value: Number(value), last: false, notAlone: false, onlyIn: null, ownCount: 0.5 },
  );
}

for (const form of NOT_KAZAKH_NUMBERS) FORMS.delete(form);

/** The number word a fingerprint token (see `matchKey`) is, if any. */
export function numberWord(token: string): NumberWord | undefined {
  return FORMS.get(token);
}
