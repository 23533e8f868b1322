import { skeletonWord } from "./transliterate.ts";
import { forEachAlphanumericWord } from "@tekser/ingest/word-spans";

/**
 * Lines that sites and channels add around the content they carry: calls to subscribe or keep
 * following, view counters, "read also" blocks, source and share lines, bare links and hashtags.
 * Matched on the lower-cased, trimmed line; a matching line is dropped whole.
 */
const BOILERPLATE_LINES: RegExp[] = [
  /жағдайды бақылауды жалғастырыңыз/,
  /(жазылыңыз|жазылу|подпис(ывайтесь|аться|ывайся|ка)|subscribe)/,
  /(арнамызға|каналу?|телеграм|telegram|instagram|инстаграм)\s*(қосыл|подпис|:)/,
  /^(оқыңыз|тағы оқыңыз|сондай-ақ оқыңыз|читайте (также|далее)|смотрите также|еще по теме|ещё по теме)/,
  // "Read more" lines under a repost: their link is evidence (see the item's links), not text.
  /^(толығырақ|толық нұсқасы|подробнее|читать далее|читать полностью|read more)(?:\s+(по ссылке|сілтемеде|сілтеме арқылы|здесь|тут|мұнда))?[^\p{L}]*$/u,
  /^(дереккөз|источник|фото|автор|видео|сурет)\s*:/,
  /^(қаралым|қаралды|оқылды|просмотр(ов|ы)?|views?)\s*:?\s*[\d\s]+$/,
  /^[👁\s]*[\d\s.,]+[kкм]?\s*(рет|просмотр\S*|views?)?$/u,
  /^(поделиться|бөлісу|share)\b/,
  /^(реклама|жарнама|#?ad)\b/,
  // Links and tags are separated by whitespace that belongs to no link or tag, so each line has
  // one way to match. Written as `(\s*link\S+\s*)+`, "http://http://… 10:15" could be split into
  // links in 2^n ways, all tried before failing: 40 links took minutes, 14 tags seconds.
  /^(?:https?:\/\/|t\.me\/|www\.)\S+(?:\s+(?:https?:\/\/|t\.me\/|www\.)\S+)*$/,
  /^[#@][\p{L}\p{N}_]+(?:\s*[#@][\p{L}\p{N}_]+)*$/u,
];

/**
 * Longer lines are never taken for boilerplate: no site prints a line of links or tags this
 * long, and the repeated groups of those patterns overflowed the regexp stack on megabytes.
 */
const MAX_BOILERPLATE_LINE_CHARS = 10_000;

/**
 * Web addresses inside a line: their words and numbers ("news", "2026", "14") are no part of the
 * claim, and a link is compared as a link (see `webAddressesIn`), not as text. Channels often
 * print a link without its scheme ("zakon.kz/2026/04/08/…", as Telegram shows it): a host
 * followed by a path counts; a bare "Zakon.kz" naming an outlet stays a word of the text.
 */
const INLINE_URL =
  /(?<![\p{L}\p{N}@.-])(?:https?:\/\/|www\.|t\.me\/|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,24}\/)[^\s<>"«»]*/giu;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The web addresses written in a text, absolute (a bare "site.kz/path" read as http). */
export function webAddressesIn(text: string): string[] {
  return [...text.matchAll(INLINE_URL)]
    .map(([address]) => address.replace(/[.,;:!?)\]»…]+$/u, ""))
    .map((address) => (SCHEME.test(address) ? address : `http://${address}`));
}

/** Drops boilerplate lines (see BOILERPLATE_LINES) plus any the caller knows for the site. */
export function stripBoilerplate(text: string, siteLines: ReadonlySet<string> = new Set()): string {
  return text
    .replace(INLINE_URL, " ")
    .split(/\r?\n/)
    .filter((line) => {
      const lowered = line.trim().toLowerCase();
      if (lowered === "") return false;
      if (siteLines.has(lowered)) return false;
      return lowered.length > MAX_BOILERPLATE_LINE_CHARS || !BOILERPLATE_LINES.some((pattern) => pattern.test(lowered));
    })
    .join("\n");
}

/** The last text `cleanedText` cleaned: an item's text is cleaned for its fingerprint, then again for its translation keys. */
let lastCleaned = { text: "", cleaned: "" };

/** The text in NFC, its boilerplate lines and inline web addresses removed (`stripBoilerplate`). */
export function cleanedText(text: string): string {
  if (lastCleaned.text !== text) lastCleaned = { text, cleaned: stripBoilerplate(text.normalize("NFC")) };
  return lastCleaned.cleaned;
}

/** A text's word skeletons, and where its sentences and lines start. */
export interface NormalisedText {
  tokens: string[];
  /** Indexes of the tokens that start a sentence or a line, the first token's excepted. */
  sentenceStarts: Set<number>;
}

/**
 * Case-folded, transliterated word skeletons of a text with its boilerplate removed: the form
 * every comparison works on. Punctuation and whitespace disappear with the tokenisation; where
 * a sentence or a line ended is kept apart, for the figures (a headline's last number is not the
 * count of the body's first word).
 */
export function normaliseText(text: string, siteLines?: ReadonlySet<string>): NormalisedText {
  const cleaned = (siteLines ? stripBoilerplate(text.normalize("NFC"), siteLines) : cleanedText(text)).toLowerCase();
  const tokens: string[] = [];
  const sentenceStarts = new Set<number>();
  let previousEnd = 0;
  let sentenceEnded = false;
  forEachAlphanumericWord(cleaned, (start, end) => {
    if (!sentenceEnded && tokens.length > 0) sentenceEnded = endsSentence(cleaned, previousEnd, start);
    previousEnd = end;
    const skeleton = skeletonWord(cleaned.slice(start, end));
    if (skeleton === "") return;
    if (sentenceEnded) sentenceStarts.add(tokens.length);
    sentenceEnded = false;
    tokens.push(skeleton);
  });
  return { tokens, sentenceStarts };
}

/** `normaliseText`'s tokens alone. */
export function normaliseTokens(text: string, siteLines?: ReadonlySet<string>): string[] {
  return normaliseText(text, siteLines).tokens;
}

/**
 * Whether the gap between two words ends a sentence or a line: a line break, or a full stop,
 * question or exclamation mark or ellipsis before a space ("2.6" and "т.б." end none).
 */
function endsSentence(text: string, from: number, to: number): boolean {
  // Most gaps are one space.
  if (to - from === 1) return text.charCodeAt(from) === 10;
  for (let at = from; at < to; at++) {
    const char = text.charCodeAt(at);
    if (char === 10) return true;
    if (SENTENCE_END.has(char) && at + 1 < to && /\s/.test(text.charAt(at + 1))) return true;
  }
  return false;
}

const SENTENCE_END = new Set([".", "!", "?", "…"].map((char) => char.charCodeAt(0)));

/** The normalised text as one string, for full-text and trigram search. */
export function searchText(text: string): string {
  return searchTextOf(normaliseTokens(text));
}

/** The search text of tokens already normalised (see `analyseText`, which needs them for both). */
export function searchTextOf(tokens: readonly string[]): string {
  return tokens.join(" ");
}
