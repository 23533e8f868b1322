// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a package compiling this file through an import needs the declaration too
/// <reference path="./snowball-stemmers.d.ts" />
import { newStemmer } from "snowball-stemmers";

const snowball = newStemmer("russian");

/** Stems already made: news vocabulary repeats, and a Snowball stem costs ~9 µs. Bounded. */
const stems = new Map<string, string>();
const MAX_STEMS = 100_000;

/** The Snowball stem of a lower-cased Russian word (ё read as е, as most texts write it). */
export function russianStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = snowball.stem(word.replaceAll("ё", "е"));
    stems.set(word, stem);
  }
  return stem;
}
