import { parseLocalDate } from "../local-date.ts";
import type { PageLine } from "./page-lines.ts";
import { isSectionHeader } from "./page-markers.ts";

export interface ListedHeadline {
  line: PageLine;
  publishedAt: Date | null;
  views: number | null;
}

// "12 Наурыз 2026 10:29see161": the date, then the eye icon's name glued to the view count.
// A date (at most 40 characters, below) and a view count: longer lines are headlines. The lazy
// `(.*?)` before `\s*` retries every split of a run of spaces, so META only sees short lines.
const MAX_META_CHARS = 80;
const META = /^(.*?)\s*(?:(?:see|visibility|eye|remove_red_eye|👁)\s*:?\s*(\d[\d\s]*))?$/u;

/**
 * Reads the "most read" list that starts at `headerIndex`: each headline line is followed by
 * a date-and-views line. A first line with no meta line under it is the list's subtitle
 * ("Қазір ең көп талқыланатын оқиғалар"); the list ends at the next section heading.
 */
export function readMostRead(lines: PageLine[], headerIndex: number, now: Date): ListedHeadline[] {
  const headlines: ListedHeadline[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isSectionHeader(line.text)) break;
    if (headlineMeta(line.text, now)) continue; // a stray meta line with no headline above it
    const next = lines[i + 1];
    const meta = next ? headlineMeta(next.text, now) : null;
    if (meta) {
      headlines.push({ line, ...meta });
      i++;
    } else if (i !== headerIndex + 1) {
      headlines.push({ line, publishedAt: null, views: null });
    }
  }
  return headlines;
}

function headlineMeta(text: string, now: Date): { publishedAt: Date; views: number | null } | null {
  if (text.length > MAX_META_CHARS) return null;
  const m = META.exec(text);
  const datePart = m?.[1] ?? "";
  // Requiring a digit keeps headlines such as "Кеше Астанада ..." from reading as dates.
  if (!m || datePart.length > 40 || !/\d/.test(datePart)) return null;
  const publishedAt = parseLocalDate(datePart, { now });
  if (!publishedAt) return null;
  return { publishedAt, views: m[2] ? Number(m[2].replace(/\s/g, "")) : null };
}
