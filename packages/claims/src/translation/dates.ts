/**
 * Month names by number: Kazakh (its own names) and Russian (their stems, which the genitive
 * "3 марта", the nominative and the prepositional "в марте" share).
 */
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
];
const RUSSIAN_MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма[йяе]",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];

const monthPattern = (names: readonly string[]) =>
  new RegExp(`^(?:${names.map((name) => `(${name})`).join("|")})`, "u");
const KAZAKH_MONTH = monthPattern(KAZAKH_MONTHS);
const RUSSIAN_MONTH = monthPattern(RUSSIAN_MONTHS);

/** The month (1–12) a word names, with any case ending ("наурызда", "марта"), or null. */
function monthOf(word: string): number | null {
  const kazakh = KAZAKH_MONTH.exec(word);
  const match = kazakh ?? RUSSIAN_MONTH.exec(word);
  if (!match) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  // "мая" is May, "майдан" or "маймыл" are not: the Russian May is matched whole.
  if (!kazakh && group === 4 && !RUSSIAN_MAY.test(word)) return null;
  return group + 1;
}

const RUSSIAN_MAY = /^ма[йяе]$/u;

const pad = (value: number) => String(value).padStart(2, "0");

/** The key of a day of the year ("d:03-03"), whichever language wrote it. */
const dayKey = (month: number, day: number) => `d:${pad(month)}-${pad(day)}`;

/** A day and month written "3 наурыз", "3 марта", "03.03.2025" or "2025 жылғы 3 наурызда". */
const DAY_MONTH = /(?<!\d)([0-3]?\d)(?:-?(?:ші|шы|і|ы))?\s+([\p{L}]+)/gu;
const NUMERIC_DATE = /(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d.])/g;

export interface FoundDate {
  key: string;
  start: number;
  end: number;
  /** The year written in the date itself (numeric dates), if any. */
  year: number | null;
}

/** The days of the year a lower-cased text names, with where they are (so numbers skip them). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    found.push({
      key: dayKey(month, day),
      start: match.index,
      end: match.index + match[0].length,
      year: Number(match[3]),
    });
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const day = Number(match[1]);
    const month = monthOf(match[2] as string);
    if (month === null || day < 1 || day > 31) continue;
    if (found.some((date) => match.index < date.end && date.start < match.index + match[0].length)) continue;
    found.push({ key: dayKey(month, day), start: match.index, end: match.index + match[0].length, year: null });
  }
  return found;
}

/**
 * Kazakh month names that are as often other words: қазан is also a cauldron and the city of
 * Kazan, маусым also a season ("жылыту маусымы", the heating season).
 */
const AMBIGUOUS_KAZAKH_MONTHS = new Set([10, 6]);
/**
 * A month named alone is read only as the month's own word forms: a prefix would take a place
 * ("Мартукский район") or another word ("шілдехана", a newborn's feast) for a month.
 */
const KAZAKH_MONTH_ENDINGS =
  "ы|і|да|де|та|те|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ында|інде|ынан|інен|ына|іне|ының|інің|дағы|дегі|тағы|тегі|ындағы|індегі";
const RUSSIAN_MONTH_FORMS =
  "(январ)(?:ь|я|е|ём)|(феврал)(?:ь|я|е|ём)|(март)(?:а|е|ом)?|(апрел)(?:ь|я|е|ем)|(ма)(?:й|я|е|ем)|(июн)(?:ь|я|е|ем)|(июл)(?:ь|я|е|ем)|(август)(?:а|е|ом)?|(сентябр)(?:ь|я|е|ём)|(октябр)(?:ь|я|е|ём)|(ноябр)(?:ь|я|е|ём)|(декабр)(?:ь|я|е|ём)";
/**
 * A month's whole word, tried at one position (sticky): where `MONTH_STEMS` found its stem.
 * Scanning for the stems alone and trying the whole word only there is several times faster
 * than scanning with the whole-word pattern, whose lookbehind is tried at every character.
 */
const wholeWordAt = (forms: string) => new RegExp(`(?<!\\p{L})(?:${forms})(?!\\p{L})`, "uy");
const MONTH_IN_TEXT = {
  kk: wholeWordAt(`(?:${KAZAKH_MONTHS.map((name) => `(${name})`).join("|")})(?:${KAZAKH_MONTH_ENDINGS})?`),
  ru: wholeWordAt(RUSSIAN_MONTH_FORMS),
};
/** Where a month's name may start: its stem, boundaries not tested. */
const MONTH_STEMS = { kk: new RegExp(KAZAKH_MONTHS.join("|"), "g"), ru: new RegExp(RUSSIAN_MONTHS.join("|"), "g") };

/**
 * The months a lower-cased text names without a day ("наурыздан бастап", "с марта", "в мае"),
 * as "m:03", outside the days found: "from March" is how a price rise or a new rule is announced.
 * Each text's months are read in its own language (Kazakh "май" is butter).
 */
export function findMonths(text: string, lang: "kk" | "ru", days: readonly FoundDate[]): string[] {
  const months = new Set<string>();
  const wholeWord = MONTH_IN_TEXT[lang];
  for (const stem of text.matchAll(MONTH_STEMS[lang])) {
    wholeWord.lastIndex = stem.index;
    const match = wholeWord.exec(text);
    if (!match) continue;
    if (days.some((date) => match.index >= date.start && match.index < date.end)) continue;
    const month = match.slice(1).findIndex((value) => value !== undefined) + 1;
    if (lang === "kk" && AMBIGUOUS_KAZAKH_MONTHS.has(month)) continue;
    months.add(`m:${pad(month)}`);
  }
  return [...months];
}
