import { COMMON_WORD_SKELETONS } from "./common-words.ts";
import { hashString, mix } from "./minhash.ts";

/** Content words per passage shingle: a phrase, not a word, so shared vocabulary is not copying. */
const PASSAGE_SHINGLE_WORDS = 3;
/**
 * Winnowing window: any run of WINDOW + SHINGLE_WORDS − 1 = 5 content words two texts share
 * yields at least one shared anchor, while about 2 / (WINDOW + 1) = 50 % of shingles are kept.
 */
const PASSAGE_WINDOW = 3;
/** A phrase met this many times in one text is the text's boilerplate, and anchors nothing. */
const REPEATED_PHRASE_TIMES = 3;
/** Anchors kept per text (those of its first ~2,500 content words): copies quote beginnings. */
export const MAX_PASSAGE_ANCHORS = 1024;

/**
 * Content words at a text's start whose trigrams are all kept (the "lead"): a headline or a first
 * sentence posted alone is compared with every trigram of the beginnings it may come from, not
 * with the one or two anchors winnowing leaves of so short a text.
 */
const LEAD_WORDS = 40;

/**
 * Kazakh typed on a Russian keyboard writes қ as к, informal Latin writes it k or q: the
 * fingerprint folds them (the stored search text keeps the skeleton as it was).
 */
export function matchKey(skeleton: string): string {
  // Most words have no q: they are returned as they are, without a regexp's pass.
  return skeleton.includes("q") ? skeleton.replace(/q/g, "k") : skeleton;
}

export function isNumberToken(token: string): boolean {
  return /^[0-9]+$/.test(token);
}

/**
 * The tokens that can say which claim a text carries: common words (see common-words.ts) left
 * out. `tokens`: the skeletons' match keys, when the caller has them already.
 */
export function contentTokens(skeletons: readonly string[], tokens?: readonly string[]): string[] {
  const content: string[] = [];
  for (let i = 0; i < skeletons.length; i++) {
    const skeleton = skeletons[i] as string;
    if (!COMMON_WORD_SKELETONS.has(skeleton)) content.push(tokens ? (tokens[i] as string) : matchKey(skeleton));
  }
  return content;
}

/**
 * Passage anchors of a text and its lead, from its content words, each trigram hashed once for
 * both. The anchors are the hashes of its content-word trigrams, winnowed (in every window of
 * PASSAGE_WINDOW consecutive shingles the smallest hash is kept, the rightmost on ties). The
 * selection depends only on the words around each anchor, so a passage quoted in another text
 * yields the same anchors there; if one text is a contiguous excerpt of the other, all of its
 * anchors are the other's. Distinct, in the order the text first has them (`sortedAnchors` gives
 * them as stored). The lead: the distinct trigrams of its first LEAD_WORDS content words, sorted.
 */
export function passageKeys(content: readonly string[]): { anchorsInOrder: number[]; lead: number[] } {
  const shingles = contentShingles(content);
  const anchors = new Set<number>();
  // How often each anchor was chosen again, at another place of the text.
  let chosenAgain: Map<number, number> | null = null;
  let lastChosen = -1;
  const windows = Math.max(1, shingles.length - PASSAGE_WINDOW + 1);
  for (let start = 0; start < windows && anchors.size < MAX_PASSAGE_ANCHORS; start++) {
    let smallest = -1;
    const end = Math.min(shingles.length, start + PASSAGE_WINDOW);
    for (let i = start; i < end; i++) if (smallest < 0 || (shingles[i] ?? 0) <= (shingles[smallest] ?? 0)) smallest = i;
    if (smallest < 0 || smallest === lastChosen) continue;
    lastChosen = smallest;
    const anchor = shingles[smallest] ?? 0;
    if (!anchors.has(anchor)) anchors.add(anchor);
    else (chosenAgain ??= new Map()).set(anchor, (chosenAgain.get(anchor) ?? 0) + 1);
  }
  // A phrase a text repeats in paragraph after paragraph is its own boilerplate (a caption or a
  // signature under every photo, a slogan closing every section), not a passage anyone quotes.
  for (const [anchor, again] of chosenAgain ?? []) if (again + 1 >= REPEATED_PHRASE_TIMES) anchors.delete(anchor);
  // The lead's trigrams are the text's first ones, those lying within its first LEAD_WORDS
  // words; a text shorter than a trigram has one shingle, its words.
  const leadShingleCount =
    content.length < PASSAGE_SHINGLE_WORDS
      ? shingles.length
      : Math.min(content.length, LEAD_WORDS) - PASSAGE_SHINGLE_WORDS + 1;
  const lead = [...new Set(shingles.slice(0, leadShingleCount))].sort((a, b) => a - b);
  return { anchorsInOrder: [...anchors], lead };
}

export const sortedAnchors = (anchors: readonly number[]): number[] => [...anchors].sort((a, b) => a - b);

/**
 * Anchors of a text's start that a long text looks stored texts up by, every one (see
 * `lookupAnchors`): about those of its lead (LEAD_WORDS content words, half of whose trigrams
 * winnowing keeps), where headlines and first sentences posted alone come from.
 */
const LOOKUP_LEAD_ANCHORS = 20;
/**
 * Beyond its start, a long text looks stored texts up by one anchor in this many: the passage
 * rule needs three shared anchors (MATCH_RULES.passage), and any three consecutive ones hold one.
 */
const LOOKUP_ANCHOR_STEP = 3;

/**
 * The anchors a long text (more than LOOKUP_LEAD_ANCHORS) looks stored texts up by, sorted, or
 * null when that is all of them. Every stored text is indexed by all of its anchors, so looking
 * up one anchor of every LOOKUP_ANCHOR_STEP consecutive ones still finds every stored text the
 * long one shares such a run with (an excerpt of any of its paragraphs), and every anchor of its
 * start finds the headlines and first sentences posted alone. Each anchor looked up reads its
 * posting list in the GIN index, and a long page has hundreds (up to MAX_PASSAGE_ANCHORS).
 */
export function lookupAnchors(anchorsInOrder: readonly number[]): number[] | null {
  if (anchorsInOrder.length <= LOOKUP_LEAD_ANCHORS) return null;
  const lookup = anchorsInOrder.slice(0, LOOKUP_LEAD_ANCHORS);
  for (let i = LOOKUP_LEAD_ANCHORS; i < anchorsInOrder.length; i += LOOKUP_ANCHOR_STEP)
    lookup.push(anchorsInOrder[i] ?? 0);
  return sortedAnchors(lookup);
}

/** Hashes of a text's content-word trigrams, in order (a text shorter than one: its words). */
function contentShingles(content: readonly string[]): number[] {
  // Each word is hashed once and a trigram's hash mixed from its words' (order matters): joining
  // the words into strings to hash was a third of the cost of fingerprinting a text.
  const words = content.map(hashString);
  const shingles: number[] = [];
  for (let i = 0; i + PASSAGE_SHINGLE_WORDS <= words.length; i++) {
    let hash = 0x2545f491;
    for (let k = 0; k < PASSAGE_SHINGLE_WORDS; k++) hash = mix(Math.imul(hash, 31) ^ (words[i + k] ?? 0));
    shingles.push(hash);
  }
  if (shingles.length === 0 && content.length > 0) shingles.push(hashString(content.join(" ")));
  return shingles;
}
