/**
 * Month names by number: Kazakh (its own names) and Russian (their stems, which the genitive
 * "3 марта", the nominative and the prepositional "в марте" share).
 */
const KAZAKH_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const RUSSIAN_MONTHS = ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

const monthPattern = (names: readonly string[]) => new RegExp(`^(?:${names.map((name) => `(${name})`).join("|")})`, "u");
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
    found.push({ key: dayKey(month, day), start: match.index, end: match.index + match[0].length, year: Number(match[3]) });
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
