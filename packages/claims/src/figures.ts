import { KAZAKH_ONLY_SKELETONS, RUSSIAN_ONLY_SKELETONS } from "./common-words.ts";
import { numberWord } from "./number-words.ts";
import { isNumberToken, matchKey } from "./passages.ts";

/** The figures of a text, read once for the two uses in facts.ts. */
export interface Figures {
  /** Each figure as its digits would be tokenised: "3", "300", "0.5", and scales as "*1000000". */
  values: Set<string>;
  /** Each run of figures ("2 *1000000 300 *1000") with the word after it, when there is one. */
  slots: { figure: string; next: string }[];
}

/**
 * The figures fingerprint tokens (skeletons, қ folded) state: each number in digits as written
 * ("35 596" is two, 35 and 596), and each figure in words as its digits would be tokenised — "үш"
 * is 3, "жиырма бес мың" 25 and the scale, "екі миллион үш жүз мың" 2 and 300 —, so a copy that
 * writes a word as digits states the same figures. A scale ("мың", "тысяч", "млн", "миллиард") is
 * a figure of its own, after digits too: "2,6 миллиарда" and "2,6 миллиона" differ. A fraction in
 * words is its value ("жарты", "половина" 0.5, "полтора" and "бір жарым" 1.5), matching the same
 * fraction in words only. No figure runs on from one sentence or line into the next
 * (`sentenceStarts`): "… 2024.\nМиллион теңге" is 2024 and one million.
 */
export function readFigures(tokens: readonly string[], sentenceStarts: ReadonlySet<number> = new Set()): Figures {
  const values = new Set<string>();
  const slots: Figures["slots"] = [];
  let language: "kk" | "ru" | null = null;
  let languageRead = false;
  let run: string[] = [];
  let figure: number | null = null;
  /** The last count added: a smaller one continues the figure ("жиырма бес"), another starts anew ("пять-шесть"). */
  let lastCount = 0;
  let words = 0;
  let alone = false;
  let afterDigits = false;
  const state = (value: string) => {
    values.add(value);
    run.push(value);
  };
  const close = () => {
    if (figure !== null && !(words === 1 && alone)) state(String(Number(figure.toPrecision(6))));
    figure = null;
    words = 0;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    if (sentenceStarts.size > 0 && sentenceStarts.has(index)) {
      // The figure ends with its sentence; the word after it is the next sentence's first, as it
      // would be without the full stop.
      close();
      if (run.length > 0) slots.push({ figure: run.join(" "), next: token });
      run = [];
      afterDigits = false;
    }
    // Most tokens are words: a digit first is checked before the pattern is.
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57 && isNumberToken(token)) {
      close();
      state(token.replace(/^0+(?=\d)/, ""));
      afterDigits = true;
      continue;
    }
    const word = numberWord(token);
    if (word !== undefined && word.onlyIn !== null && !languageRead) {
      language = languageOf(tokens);
      languageRead = true;
    }
    if (word === undefined || (word.onlyIn !== null && language !== word.onlyIn)) {
      close();
      if (run.length > 0) slots.push({ figure: run.join(" "), next: token });
      run = [];
      afterDigits = false;
      continue;
    }
    if (word.kind === "scale") {
      // "2 миллион": the digits were the count; "миллион теңге" alone is one million.
      if (figure === null && !afterDigits) figure = word.ownCount ?? 1;
      words = 2;
      close();
      state(`*${word.value}`);
    } else if (word.kind === "hundred") {
      figure = (figure ?? 1) * 100;
      lastCount = 100;
      words += 2;
    } else {
      if (figure !== null && !(word.value < lastCount && lastCount >= 10) && word.value >= 1) close();
      figure = (figure ?? 0) + word.value;
      lastCount = word.value;
      alone = words === 0 && word.notAlone;
      words += 1;
    }
    if (word.last) close();
    afterDigits = false;
  }
  close();
  return { values, slots };
}

const KAZAKH_MARKERS = new Set([...KAZAKH_ONLY_SKELETONS].map(matchKey));
const RUSSIAN_MARKERS = new Set([...RUSSIAN_ONLY_SKELETONS].map(matchKey));

/**
 * Kazakh or Russian by their common words, for number words that are other words in the other
 * language. Number words themselves do not count: the Kazakh "он" (ten) is the Russian "он" (he).
 */
function languageOf(tokens: readonly string[]): "kk" | "ru" | null {
  let kazakh = 0;
  let russian = 0;
  for (const token of tokens) {
    if (numberWord(token) !== undefined) continue;
    if (KAZAKH_MARKERS.has(token)) kazakh++;
    else if (RUSSIAN_MARKERS.has(token)) russian++;
  }
  return kazakh > russian ? "kk" : russian > kazakh ? "ru" : null;
}
