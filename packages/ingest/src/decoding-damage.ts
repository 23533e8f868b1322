import { normaliseForHash } from "./hash.ts";

// One bad byte replaces at most a few UTF-16 units of the original: part of a Cyrillic letter
// (two bytes) or of an emoji (four bytes, two units).
const MAX_UNITS_PER_DAMAGE = 4;

/**
 * Whether `incoming` is `stored` itself (up to whitespace) or `stored` damaged by decoding rather
 * than edited: the same text with some
 * characters turned into U+FFFD (bad bytes in UTF-8), or the UTF-8 bytes of `stored` read as
 * windows-1251 (mojibake). Such a copy must never replace good text as a new version.
 */
export function isSameTextOrDecodingDamage(stored: string, incoming: string): boolean {
  const good = normaliseForHash(stored);
  const copy = normaliseForHash(incoming);
  if (copy === good) return true;
  return copy === normaliseForHash(asWindows1251Mojibake(stored)) || matchesWithReplacements(good, copy);
}

function asWindows1251Mojibake(text: string): string {
  return new TextDecoder("windows-1251").decode(new TextEncoder().encode(text));
}

/** `copy`'s text between its U+FFFD runs appears in `good` in order, each run standing for a few units. */
function matchesWithReplacements(good: string, copy: string): boolean {
  if (!copy.includes("\uFFFD") || good.includes("\uFFFD")) return false;
  const pieces = copy.split(/\uFFFD+/u);
  const first = pieces[0] ?? "";
  if (!good.startsWith(first)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1)) {
    let next = -1;
    for (let gap = 0; gap <= MAX_UNITS_PER_DAMAGE && next === -1; gap++) {
      if (good.startsWith(piece, at + gap)) next = at + gap;
    }
    if (next === -1) return false;
    at = next + piece.length;
  }
  return at === good.length;
}
