import { kzDateFromParts, LATEST_READ_YEAR, MAX_DATE_CHARS, parseLocalDate } from "../local-date.ts";
import { monthFromWord } from "../month-names.ts";

// Feeds in other European languages localise RFC-822 month abbreviations ("24 Set 2018").
const OTHER_MONTHS: Record<string, number> = {
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  ene: 1,
  dic: 12,
  janv: 1,
  févr: 2,
  avr: 4,
  juil: 7,
  août: 8,
  sept: 9,
  déc: 12,
  mär: 3,
  okt: 10,
  dezember: 12,
  mrz: 3,
};
const RFC822 =
  /^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[A-Z]{1,5})?/u;
// "2026-03-14 09:15:00 +0500", as spreadsheet exports write it.
const ISO_SPACED = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})$/;
const ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/**
 * A feed date in UTC: ISO 8601 (Atom, JSON Feed, dc:date), RFC 822 with English or localised
 * day and month names (RSS pubDate), else the Kazakh/Russian forms news pages print.
 */
export function parseFeedDate(text: string | null, now: Date): Date | null {
  if (!text) return null;
  const s = text.trim();
  if (s.length > MAX_DATE_CHARS) return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const iso = new Date(s);
    if (!Number.isNaN(iso.getTime())) return iso;
  }
  const spaced = ISO_SPACED.exec(s);
  if (spaced) {
    const zone = spaced[3] === "Z" ? "Z" : `${spaced[3]?.slice(0, 3)}:${spaced[3]?.slice(-2)}`;
    const date = new Date(`${spaced[1]}T${spaced[2]}${zone}`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const rfc = RFC822.exec(s);
  if (rfc) {
    const [, day, monthWord = "", year = "", h, mi, se, zone] = rfc;
    const month = monthFromWord(monthWord) ?? OTHER_MONTHS[monthWord.toLowerCase()] ?? null;
    if (month !== null) {
      const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
      const clock = { h: Number(h ?? 0), m: Number(mi ?? 0), s: Number(se ?? 0) };
      // A well-formed pubDate far ahead (31 Dec 9999) is still the date the feed gave: kept, so
      // the plausibility check drops it with a located error instead of it vanishing unreported.
      if (fullYear > LATEST_READ_YEAR) return farFutureDate(fullYear, month, Number(day), clock);
      return kzDateFromParts(fullYear, month, Number(day), clock, zoneOffset(zone));
    }
  }
  return parseLocalDate(s, { now });
}

function farFutureDate(
  year: number,
  month: number,
  day: number,
  clock: { h: number; m: number; s: number },
): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, clock.h, clock.m, clock.s));
  return Number.isNaN(date.getTime()) ? null : date;
}

function zoneOffset(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone] ?? 0;
}
