import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachAlphanumericWord, forEachLetterRun, forEachLetterWord, type OnWord } from "./word-spans.ts";

// The regexps the scanners stand for, as the claims' normalise.ts and translation/profile.ts and
// the language reader used them.
const ALPHANUMERIC_WORD = /[\p{L}\p{N}]{1,256}(?:['’][\p{L}\p{N}]{0,256}){0,16}/gu;
const LETTER_WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const LETTER_RUN = /\p{L}+/gu;

type Scanner = (text: string, onWord: OnWord) => void;

const spansOf = (scan: Scanner, text: string) => {
  const spans: [number, number][] = [];
  scan(text, (start, end) => spans.push([start, end]));
  return spans;
};
const regexpSpans = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((match): [number, number] => [match.index, match.index + match[0].length]);

const SCANNERS: [name: string, scan: Scanner, pattern: RegExp][] = [
  ["forEachAlphanumericWord", forEachAlphanumericWord, ALPHANUMERIC_WORD],
  ["forEachLetterWord", forEachLetterWord, LETTER_WORD],
  ["forEachLetterRun", forEachLetterRun, LETTER_RUN],
];

const MATH_BOLD_A = "\u{1D400}"; // 𝐀, a letter outside the BMP
const MATH_BOLD_ZERO = "\u{1D7CE}"; // 𝟎, a number outside the BMP
const LONE_HIGH = "\uD835";
const LONE_LOW = "\uDC00";

const CASES = [
  "",
  "Қазақстанда 2026 жылы зейнетақы 7 пайызға өседі.",
  "В Нур-Султане открылся мост; по-моему, д’Артаньян — это 3-й.",
  "Qazaqstanda zeınetaqy 7 paıyzǵa ósedi: ä ö ü ş ğ ı ñ ū ǵ ń, Ońtüstik",
  "Qazaqstan'da s'ol y'aqyt a'lemde '' ’ ' '' -- - -a a- -a- a--b a''b a'’b",
  "'начало' конец' 'қ' қ’",
  "12'34 5-6 ٣٤٥ ۱۲ Ⅻ ½ ²",
  `${"ә".repeat(256)}${"ы".repeat(10)}`,
  `${"a".repeat(700)}'${"b".repeat(300)}'${"c".repeat(256)}'`,
  "a'".repeat(40),
  "x'y".repeat(20),
  `${"q".repeat(255)}${MATH_BOLD_A}${MATH_BOLD_A}z`,
  `${MATH_BOLD_A.repeat(300)}`,
  `${MATH_BOLD_A}бв${MATH_BOLD_ZERO}7-${MATH_BOLD_A} '${MATH_BOLD_A} ${MATH_BOLD_ZERO}'${MATH_BOLD_A}`,
  "😀Жаңалық😀 👁 1 234 🇰🇿Алматы 🏳️‍🌈",
  `а${LONE_HIGH}б ${LONE_LOW}в ${LONE_HIGH}${MATH_BOLD_A} ${LONE_LOW}${LONE_HIGH}г ${LONE_HIGH}`,
  `${MATH_BOLD_A.slice(0, 1)}`,
  "e\u0301 café naïve",
];

describe.each(SCANNERS)("%s", (_name, scan, pattern) => {
  it.each(CASES.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    "finds the regexp's words in %s",
    (_, text) => {
      expect(spansOf(scan, text)).toEqual(regexpSpans(pattern, text));
    },
  );

  it("finds the regexp's words in thousands of random strings of tricky characters", () => {
    const alphabet = [
      ..."aZәҚыIıİşğñūǵńüöä0٣7",
      ..."''’’--",
      " ",
      ".",
      "\n",
      "\u0301",
      MATH_BOLD_A,
      MATH_BOLD_ZERO,
      "😀",
      LONE_HIGH,
      LONE_LOW,
    ];
    // Mostly short strings; some with runs long enough to reach the 256 and 16-group limits.
    const piece = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...alphabet) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "ә", MATH_BOLD_A), fc.integer({ min: 100, max: 300 })) },
    );
    const texts = fc
      .array(piece, { maxLength: 60 })
      .map((pieces) => pieces.map((part) => (typeof part === "string" ? part : part[0].repeat(part[1]))).join(""));
    fc.assert(
      fc.property(texts, (text) => {
        expect(spansOf(scan, text), JSON.stringify(text)).toEqual(regexpSpans(pattern, text));
      }),
      { numRuns: 5_000, seed: 20_261_206 },
    );
  });
});

describe("the scanners' classes", () => {
  it("take every code point of the BMP and a sample of the astral planes as the regexps do", () => {
    const codePoints = Array.from({ length: 0x10000 }, (_, unit) => unit).filter(
      (unit) => unit < 0xd800 || unit > 0xdfff,
    );
    for (let codePoint = 0x10000; codePoint <= 0x10ffff; codePoint += 97) codePoints.push(codePoint);
    // Each code point between letters, so the hyphen-joined and apostrophe forms are tried too.
    const text = codePoints
      .map((codePoint) => `a${String.fromCodePoint(codePoint)} -${String.fromCodePoint(codePoint)}'`)
      .join("");
    for (const [, scan, pattern] of SCANNERS) expect(spansOf(scan, text)).toEqual(regexpSpans(pattern, text));
  });
});
