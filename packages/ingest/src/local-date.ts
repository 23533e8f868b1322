import { MONTH_WORD, monthFromWord } from "./month-names.ts";

/** Kazakhstan has used one time zone, UTC+5, since 1 March 2024. */
const KZ_OFFSET_MINUTES = 5 * 60;

/**
 * The longest text read as a date. Printed dates are under 40 characters; the date patterns
 * below try every start position, so an unbounded text (a 64 kB pubDate) took seconds.
 */
export const MAX_DATE_CHARS = 100;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const TIME = /(?:^|[^\d])(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /(?:^|[^\d])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})\\s+(${MONTH_WORD})(?:\\s*,?\\s*(\\d{4}))?`, "u");
const YEAR_DAY_MONTH = new RegExp(`(\\d{4})\\s*(?:ж\\.|жылғы|жылы)?\\s+(\\d{1,2})\\s+(${MONTH_WORD})`, "u");
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_WORD})\\s+(\\d{1,2}),?\\s+(\\d{4})`, "u");

const RELATIVE_UNITS: [RegExp, number][] = [
  [/^(?:секунд|сек|second|sec)/, 1000],
  [/^(?:минут|мин|minute|min)/, MINUTE],
  [/^(?:сағат|час|hour|hr)/, HOUR],
  [/^(?:күн|день|дня|дней|day)/, DAY],
  [/^(?:апта|недел|week)/, 7 * DAY],
];
const RELATIVE = /(\d+)?\s*([\p{L}]+)\s+(?:бұрын|назад|ago)/u;
const ONE_WORD = /^(?:минуту|секунду|час|день|неделю)$/;

/**
 * Parses a date as Kazakh and Russian news pages print it: "14 Наурыз 2026 03:59",
 * "14 марта 2026, 10:15", "2026 жылғы 14 наурыз", "14.03.2026", "2026-03-14", ISO with an
 * offset, and relative forms ("2 сағат бұрын", "3 часа назад", "кеше", "вчера в 10:30",
 * "сегодня"). Times without an offset are Kazakhstan time (UTC+5); a date without a time is
 * local midnight. Returns null when nothing date-like is found, the date is impossible or the
 * text is longer than MAX_DATE_CHARS.
 */
export function parseLocalDate(text: string, opts: { now: Date }): Date | null {
  const s = text.trim().replace(/\s+/g, " ");
  if (s === "" || s.length > MAX_DATE_CHARS) return null;
  if (ISO_WITH_ZONE.test(s)) return validDate(new Date(s));
  const time = readTime(s);
  if (time === undefined) return null;

  const iso = ISO_LOCAL.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, se] = iso;
    return kzDate(+(y ?? 0), +(mo ?? 0), +(d ?? 0), h ? { h: +h, m: +(mi ?? 0), s: +(se ?? 0) } : null);
  }
  const absolute = readAbsoluteDate(s, opts.now);
  if (absolute) return kzDate(absolute.year, absolute.month, absolute.day, time);
  return parseRelative(s.toLowerCase(), opts.now, time);
}

export interface Clock {
  h: number;
  m: number;
  s: number;
}

// undefined: a clock-like token that is not a valid time; null: no time at all.
function readTime(s: string): Clock | null | undefined {
  const m = TIME.exec(s);
  if (!m) return null;
  const clock = { h: +(m[1] ?? 0), m: +(m[2] ?? 0), s: +(m[3] ?? 0) };
  return clock.h < 24 && clock.m < 60 && clock.s < 60 ? clock : undefined;
}

function readAbsoluteDate(s: string, now: Date): { year: number; month: number; day: number } | null {
  const dotted = DOTTED.exec(s);
  if (dotted) return { day: +(dotted[1] ?? 0), month: +(dotted[2] ?? 0), year: +(dotted[3] ?? 0) };
  const ydm = YEAR_DAY_MONTH.exec(s);
  const ydmMonth = ydm ? monthFromWord(ydm[3] ?? "") : null;
  if (ydm && ydmMonth) return { year: +(ydm[1] ?? 0), day: +(ydm[2] ?? 0), month: ydmMonth };
  const dmy = DAY_MONTH_YEAR.exec(s);
  const dmyMonth = dmy ? monthFromWord(dmy[2] ?? "") : null;
  if (dmy && dmyMonth) {
    const day = +(dmy[1] ?? 0);
    const year = dmy[3] ? +dmy[3] : yearForUndated(dmyMonth, day, now);
    return { year, month: dmyMonth, day };
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  const mdyMonth = mdy ? monthFromWord(mdy[1] ?? "") : null;
  if (mdy && mdyMonth) return { month: mdyMonth, day: +(mdy[2] ?? 0), year: +(mdy[3] ?? 0) };
  return null;
}

// "14 марта" without a year is the most recent 14 March not in the future (news is about the past).
function yearForUndated(month: number, day: number, now: Date): number {
  const local = new Date(now.getTime() + KZ_OFFSET_MINUTES * MINUTE);
  const year = local.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day) - KZ_OFFSET_MINUTES * MINUTE;
  return candidate > now.getTime() + DAY ? year - 1 : year;
}

function parseRelative(s: string, now: Date, time: Clock | null): Date | null {
  if (/(?:^|\s)(?:жаңа ғана|только что|just now)(?:\s|$)/u.test(s)) return new Date(now.getTime());
  const dayShift = relativeDayShift(s);
  if (dayShift !== null) {
    const local = new Date(now.getTime() + KZ_OFFSET_MINUTES * MINUTE - dayShift * DAY);
    const clock = time ?? { h: 0, m: 0, s: 0 };
    return kzDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), clock);
  }
  const rel = RELATIVE.exec(s);
  if (!rel) return null;
  const unitWord = rel[2] ?? "";
  const count = rel[1] ? +rel[1] : ONE_WORD.test(unitWord) ? 1 : NaN;
  const unit = RELATIVE_UNITS.find(([re]) => re.test(unitWord))?.[1];
  if (unit === undefined || !Number.isFinite(count)) return null;
  return new Date(now.getTime() - count * unit);
}

function relativeDayShift(s: string): number | null {
  if (/(?:^|\s)(?:бүгін|сегодня|today)(?:\s|,|$)/u.test(s)) return 0;
  if (/(?:^|\s)(?:кеше|вчера|yesterday)(?:\s|,|$)/u.test(s)) return 1;
  if (/(?:^|\s)(?:позавчера|алдыңғы күні)(?:\s|,|$)/u.test(s)) return 2;
  return null;
}

function kzDate(year: number, month: number, day: number, clock: Clock | null): Date | null {
  return kzDateFromParts(year, month, day, clock, KZ_OFFSET_MINUTES);
}

/** The last year a page's or feed's date is read as; a later one is a typo or a placeholder. */
export const LATEST_READ_YEAR = 2200;

/** A wall-clock date at a UTC offset (minutes) as a Date, or null for an impossible date. */
export function kzDateFromParts(
  year: number,
  month: number,
  day: number,
  clock: Clock | null,
  offsetMinutes: number,
): Date | null {
  const c = clock ?? { h: 0, m: 0, s: 0 };
  if (c.h > 23 || c.m > 59 || c.s > 60) return null;
  if (year < 1900 || year > LATEST_READ_YEAR || month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day, c.h, c.m, c.s);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null; // 31 February
  return new Date(utc - offsetMinutes * MINUTE);
}

function validDate(d: Date): Date | null {
  return Number.isNaN(d.getTime()) ? null : d;
}
