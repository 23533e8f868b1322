/**
 * Synthetic items for the scale benchmark: realistic lengths (one-line posts to long articles),
 * a Kazakh/Russian mix, and a share of copies (aggregator copies, reposts, light rewrites, Latin
 * Kazakh) of earlier items, each copy labelled with the story it copies.
 */
import { ARTICLES, POSTS } from "./synthetic-texts.ts";
import { aggregatorCopy, lightEdit, repost, seededRandom, toLatin, type Random } from "./synthetic-variants.ts";

export interface SyntheticItem {
  story: number;
  lang: "kk" | "ru";
  kind: "article" | "post";
  site: string;
  title: string | null;
  text: string;
  publishedAt: Date;
}

export interface SyntheticOptions {
  count: number;
  copyShare?: number;
  kazakhShare?: number;
  seed?: number;
}

const SITES = {
  kk: ["aikyn.kz", "qazaq24.com", "egemen.kz", "t.me/qazaq_janalyqtary", "t.me/almaty_habar"],
  ru: ["tengrinews.kz", "nur.kz", "t.me/almaty_online", "vk.com/astana_news", "x.com/kz_news"],
};
const SUFFIXES = {
  kk: ["", "да", "ға", "ның", "лар", "дың", "ды", "мен", "шы", "лық"],
  ru: ["", "а", "ы", "ом", "ой", "ах", "ами", "ого", "ий", "ую"],
};

function vocabulary(lang: "kk" | "ru"): string[] {
  const words = new Set<string>();
  for (const base of [...ARTICLES, ...POSTS].filter((text) => text.lang === lang)) {
    for (const word of `${base.text} ${base.near ?? ""}`.toLowerCase().match(/[\p{L}-]{3,}/gu) ?? []) words.add(word);
  }
  const stems = [...words].map((word) => word.slice(0, Math.max(3, word.length - 2)));
  for (const stem of stems) for (const suffix of SUFFIXES[lang]) words.add(stem + suffix);
  return [...words];
}

/** Zipf-like choice: common words recur across texts as in real news, rare ones seldom. */
function word(random: Random, words: readonly string[]): string {
  const rank = Math.floor(Math.pow(words.length, random()));
  return words[Math.min(words.length - 1, rank)] ?? "";
}

function sentence(random: Random, words: readonly string[]): string {
  const length = 6 + Math.floor(random() * 12);
  const text = Array.from({ length }, () => word(random, words)).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function originalItem(
  random: Random,
  story: number,
  lang: "kk" | "ru",
  words: readonly string[],
  at: Date,
): SyntheticItem {
  const article = random() < 0.4;
  const sentences = article ? 10 + Math.floor(random() * 18) : 1 + Math.floor(random() * 3);
  const text = Array.from({ length: sentences }, () => sentence(random, words)).join(
    article && random() < 0.5 ? "\n" : " ",
  );
  const sites = SITES[lang];
  return {
    story,
    lang,
    kind: article ? "article" : "post",
    site: sites[Math.floor(random() * sites.length)] ?? "example.kz",
    title: article ? sentence(random, words).slice(0, -1) : null,
    text,
    publishedAt: at,
  };
}

function copyOf(random: Random, original: SyntheticItem, at: Date): SyntheticItem {
  const roll = random();
  const text =
    roll < 0.35
      ? aggregatorCopy(original.text, original.lang, random)
      : roll < 0.7
        ? repost(original.text, original.lang, random)
        : roll < 0.85 || original.lang === "ru"
          ? lightEdit(original.text, random)
          : toLatin(original.text);
  const sites = SITES[original.lang];
  return { ...original, site: sites[Math.floor(random() * sites.length)] ?? "example.kz", text, publishedAt: at };
}

/** Items in publication order over about a year; copies follow their original within days. */
export function* syntheticItems(options: SyntheticOptions): Generator<SyntheticItem> {
  const random = seededRandom(options.seed ?? 4);
  const words = { kk: vocabulary("kk"), ru: vocabulary("ru") };
  const recent: SyntheticItem[] = [];
  const start = Date.UTC(2025, 0, 1);
  const step = (365 * 86_400_000) / options.count;
  let stories = 0;
  for (let i = 0; i < options.count; i++) {
    const at = new Date(start + i * step);
    const source =
      recent.length > 0 && random() < (options.copyShare ?? 0.3)
        ? recent[Math.floor(random() * recent.length)]
        : undefined;
    if (source) {
      yield copyOf(random, source, at);
      continue;
    }
    const lang = random() < (options.kazakhShare ?? 0.6) ? "kk" : "ru";
    const item = originalItem(random, stories++, lang, words[lang], at);
    recent.push(item);
    if (recent.length > 2000) recent.shift();
    yield item;
  }
}
