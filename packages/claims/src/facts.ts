import type { Figures } from "./figures.ts";
import { hashString } from "./minhash.ts";
import { matchKey } from "./passages.ts";
import { parseLexicon } from "./translation/lexicon.ts";
import { KAZAKHSTAN_PLACES } from "./translation/places.kk-ru.ts";
import { skeletonWord } from "./transliterate.ts";

/**
 * Where and when a text says something happens: the Kazakhstan places and the months it names.
 * Regional offices publish one template with their own region, city or month; those are different
 * claims in nearly the same words, and the only words that differ are these.
 */

const key = (word: string) => matchKey(skeletonWord(word.toLowerCase()));

const KAZAKH_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
].map(key);
/** Russian month stems; May is matched whole below ("май" is also a word start of "майдан"). */
const RUSSIAN_MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
].map(key);
const RUSSIAN_MAY = new Set(["май", "мая", "мае", "маю", "маем"].map(key));

/**
 * "Маусым" (June) is also a season, and news name seasons often ("жылыту маусымы", the heating
 * season): it names the month only after a day. "Қазан" (October) is also a cauldron and the
 * city of Kazan, rarely in Kazakhstan's news, and "қазаннан бастап" needs no day.
 */
const KAZAKH_MONTHS_ALSO_WORDS = new Set([6]);
const isDay = (token: string | undefined) => token !== undefined && /^(?:[1-9]|[12][0-9]|3[01])$/.test(token);

/** The first two letters of every month word: most tokens start otherwise and are passed at once. */
const MONTH_STARTS = new Set(
  [...KAZAKH_MONTHS, ...RUSSIAN_MONTHS, ...RUSSIAN_MAY].flatMap((word) => (word === "" ? [] : [word.slice(0, 2)])),
);

function monthOf(token: string, previous: string | undefined): number | null {
  if (!MONTH_STARTS.has(token.slice(0, 2))) return null;
  // Kazakh months take long endings ("қаңтарынан"); a Russian stem only a case ending ("марта",
  // not "мартеновский").
  const kazakh = KAZAKH_MONTHS.findIndex((month) => token.startsWith(month)) + 1;
  if (kazakh > 0) return KAZAKH_MONTHS_ALSO_WORDS.has(kazakh) && !isDay(previous) ? null : kazakh;
  if (RUSSIAN_MAY.has(token)) return 5;
  const russian = RUSSIAN_MONTHS.findIndex(
    (stem) => stem !== "" && token.startsWith(stem) && token.length <= stem.length + 2,
  );
  return russian >= 0 ? russian + 1 : null;
}

/**
 * The regions named by a compass word and "Kazakhstan" ("Солтүстік Қазақстан облысы",
 * "Северо-Казахстанской области"): read as a pair of words, since each word alone is common.
 */
const COMPASS_REGIONS = new Map(
  Object.entries({
    солтүстік: "north_kz_region",
    северо: "north_kz_region",
    батыс: "west_kz_region",
    западно: "west_kz_region",
    шығыс: "east_kz_region",
    восточно: "east_kz_region",
    // The Turkistan region's name until 2018.
    оңтүстік: "turkistan_region",
    южно: "turkistan_region",
  }).map(([word, concept]) => [key(word), concept]),
);
const KAZAKHSTAN_STEMS = ["қазақстан", "казахстан"].map(key);
const namesKazakhstan = (token: string | undefined) =>
  token !== undefined && KAZAKHSTAN_STEMS.some((stem) => token.startsWith(stem));

/**
 * Kazakhstan's places by the first letters of their one-word names — enough to reach past case
 * endings ("Астанада", "в Астане", "Павлодарской") — and abbreviations ("СҚО", "ВКО") whole. A
 * hyphenated name is known by its last part ("Усть-Каменогорск": "каменогорск"); the compass
 * regions by COMPASS_REGIONS.
 */
const PLACE_PREFIXES = new Map<number, Map<string, string>>();
for (const { concept, kk, ru } of parseLexicon(KAZAKHSTAN_PLACES)) {
  for (const form of [...kk, ...ru]) {
    const words = form.split(/\s+/);
    const [first = ""] = words;
    const whole = words.length === 1 || /^(облыс|област)/.test(words[1] ?? "") ? first : "";
    const name = whole.split("-").at(-1) ?? "";
    if (name === "" || COMPASS_REGIONS.has(key(first.split("-")[0] ?? "")) || COMPASS_REGIONS.has(key(first))) continue;
    const skeleton = key(name);
    const length = skeleton.length <= 4 ? skeleton.length : Math.max(5, skeleton.length - 3);
    const byLength = PLACE_PREFIXES.get(length) ?? PLACE_PREFIXES.set(length, new Map()).get(length)!;
    byLength.set(skeleton.slice(0, length), concept);
  }
}

/** The first two letters of every place prefix: most tokens start otherwise and are passed at once. */
const PLACE_STARTS = new Set(
  [...PLACE_PREFIXES.values()].flatMap((prefixes) => [...prefixes.keys()].map((prefix) => prefix.slice(0, 2))),
);

function placeOf(token: string): string | null {
  if (!PLACE_STARTS.has(token.slice(0, 2))) return null;
  for (const [length, prefixes] of PLACE_PREFIXES) {
    if (length <= 4 ? token.length !== length : token.length < length) continue;
    const place = prefixes.get(token.slice(0, length));
    if (place) return place;
  }
  return null;
}

const sortedHashes = (values: Iterable<string>) => [...new Set([...values].map(hashString))].sort((a, b) => a - b);

/** The months a text names (content tokens, see passages.ts), hashed. */
export function monthKeys(content: readonly string[]): number[] {
  const months: string[] = [];
  content.forEach((token, index) => {
    const month = monthOf(token, content[index - 1]);
    if (month !== null) months.push(`month:${month}`);
  });
  return sortedHashes(months);
}

/** The Kazakhstan places a text names (content tokens), hashed. */
export function placeKeys(content: readonly string[]): number[] {
  const places: string[] = [];
  content.forEach((token, index) => {
    const compassRegion = COMPASS_REGIONS.get(token);
    const place = compassRegion && namesKazakhstan(content[index + 1]) ? compassRegion : placeOf(token);
    if (place !== null) places.push(`place:${place}`);
  });
  return sortedHashes(places);
}

/**
 * Each of two texts names a place (or a month) the other does not: the same template written for
 * another region or month. A copy may leave some out (an excerpt) or add one (a comment), but it
 * does not put another in their stead.
 */
export function namesOtherFacts(a: StatedFacts, b: StatedFacts): boolean {
  return (
    eachHasOwn(a.places, b.places) || eachHasOwn(a.months, b.months) || otherFigureInSlot(a.figureSlots, b.figureSlots)
  );
}

interface StatedFacts {
  places: readonly number[];
  months: readonly number[];
  figureSlots: readonly number[];
}

/** The figures a text states, in digits or in words, hashed (see figures.ts): a copy states those of what it copies. */
export function figureKeys(figures: Figures): number[] {
  return sortedHashes(figures.values);
}

/**
 * Each figure with the word that follows it ("үш мектепте", "в трёх городах", "10 сәуірде"), as
 * one number: the word's hash in the high 16 bits, the figure's in the low 16, sorted — so the
 * figures of one word are neighbours. The same template with another figure in one place states
 * another figure before the same word; a copy states the same one.
 */
export function figureSlotKeys(figures: Figures): number[] {
  const slots = new Set<number>();
  for (const { figure, next } of figures.slots)
    slots.add((((hashString(next) >>> 16) << 16) | (hashString(figure) >>> 16)) >>> 0);
  return [...slots].sort((a, b) => a - b);
}

/**
 * Before some word, each text states a figure the other does not: "үш мектепте" and "бес
 * мектепте". A copy may leave a figure out or add one (a comment), but not put another in its
 * stead. Fingerprints stored before slots were kept have none and never veto.
 */
function otherFigureInSlot(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const word = (a[i] as number) >>> 16;
    const otherWord = (b[j] as number) >>> 16;
    if (word < otherWord) i = skipWord(a, i);
    else if (word > otherWord) j = skipWord(b, j);
    else {
      const iEnd = skipWord(a, i);
      const jEnd = skipWord(b, j);
      if (eachHasOwn(a.slice(i, iEnd), b.slice(j, jEnd))) return true;
      i = iEnd;
      j = jEnd;
    }
  }
  return false;
}

const skipWord = (slots: readonly number[], from: number) => {
  const word = (slots[from] as number) >>> 16;
  let end = from;
  while (end < slots.length && (slots[end] as number) >>> 16 === word) end++;
  return end;
};

/** Both sorted lists hold a value the other does not (one merge walk: this runs per candidate pair). */
function eachHasOwn(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  let aOwn = false;
  let bOwn = false;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      aOwn = true;
      i++;
    } else {
      bOwn = true;
      j++;
    }
  }
  return (aOwn || i < a.length) && (bOwn || j < b.length);
}
