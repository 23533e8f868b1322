import type { PageLine } from "./page-lines.ts";

const AUTHOR_LABEL = /^(?:автор|авторы|авторлар|дайындаған|подготовил[аи]?|author|by)\s*:?\s+(.{2,80})$/iu;
const SENTENCE_END = /[.!?…:;»"]$/u;

export interface AuthorTail {
  author: string | null;
  /** Body lines with the author (and a place line under it) removed. */
  body: PageLine[];
}

/**
 * Finds the byline Kazakh and Russian papers put under the text: "Алтынай БАУЫРЖАНҚЫЗЫ,"
 * possibly followed by a place line ("Алматы қаласы"), or a labelled "Автор: ...". The place
 * belongs to neither the author nor the text (it is where the reporter filed from), so it is
 * dropped with the byline.
 */
export function splitAuthorTail(body: PageLine[]): AuthorTail {
  const last = body.at(-1);
  const beforeLast = body.at(-2);
  if (last && beforeLast && isPlaceLine(last.text)) {
    const author = bylineName(beforeLast.text);
    if (author) return { author, body: body.slice(0, -2) };
  }
  const author = last ? bylineName(last.text) : null;
  return author ? { author, body: body.slice(0, -1) } : { author: null, body };
}

function bylineName(text: string): string | null {
  const labelled = AUTHOR_LABEL.exec(text);
  if (labelled) return cleanName(labelled[1] ?? "");
  const name = cleanName(text);
  const words = name.split(" ");
  if (name.length > 60 || words.length < 2 || words.length > 5 || /\d/.test(name)) return null;
  if (SENTENCE_END.test(name) || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  // Bylines set the surname in capitals; a plain "Capitalised Words" line is more likely a heading.
  const hasCapsSurname = words.some((w) => w.length >= 3 && w === w.toUpperCase() && /\p{L}/u.test(w));
  return hasCapsSurname || text.trim().endsWith(",") ? name : null;
}

function isPlaceLine(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    text.length <= 40 && words.length <= 4 && /^\p{Lu}/u.test(text) && !/\d/.test(text) && !SENTENCE_END.test(text)
  );
}

function cleanName(text: string): string {
  return text
    .trim()
    .replace(/[,;]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
