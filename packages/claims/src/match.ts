import { namesOtherFacts } from "./facts.ts";
import {
  jaccardReaching,
  missingNumbers,
  SHORT_ITEM_WORDS,
  similarity,
  type Fingerprint,
  type Similarity,
} from "./fingerprint.ts";

/**
 * When two texts carry the same claim, as data. Resemblance (MinHash Jaccard over word bigrams)
 * joins whole-text copies; passage containment joins a shorter text found inside a longer one —
 * an excerpt, a first paragraph, a quote under a comment, a truncated "…" copy, a headline.
 * Tuned on the development part of eval/ only (see eval/README.md).
 */
export const MATCH_RULES = {
  /** Articles: an aggregator copy or a repost keeps most bigrams. */
  long: { jaccard: 0.4, containment: 0.8, minShingles: 12 },
  /** Short items: two headlines on one topic share many words, so they must agree almost exactly. */
  short: { jaccard: 0.75, containment: 0.9, minShingles: 6 },
  /** A passage of the shorter text found in the longer: most of its anchors, and enough of them to be a phrase. */
  passage: { minShared: 3, minShareOfShorter: 0.5 },
  /** The same, when the shorter links the longer's URL or names its outlet: less text needs to agree. */
  linkedPassage: { minShared: 2, minShareOfShorter: 0.3 },
  /**
   * A headline or one sentence posted alone (few anchors) is matched by its every trigram at the
   * start of the other text instead: all of them, and enough of them to be more than a phrase.
   */
  headline: { maxAnchors: 4, minTrigrams: 3 },
  /**
   * An item that matches two claims this well shows them to be one (copies arriving before what
   * they copy each started a claim): the claims are merged, if nobody has worked on them yet. An
   * article is the source of a few such claims at once (its headline posted alone, an excerpt, a
   * copy in another script); an item matching more than `maxClaims` claims this well is a
   * compilation of stories (a roundup page, a live blog, a daily digest dated only by its day),
   * and joins its best match only.
   */
  bridge: { minScore: 0.8, maxClaims: 3 },
  /** Added to the score of a match whose one side links the other's URL: the link names which of several look-alike texts is meant. */
  urlLinkBonus: 1,
  /**
   * Two whole texts this alike that state other facts are one template's two claims (isNearMiss).
   * An excerpt and a repost under a comment can seem to state other facts (the comment's figure,
   * the headline's place); they resemble each other far less (at most 0.58 in eval/dev).
   */
  nearMiss: { jaccard: 0.7 },
  /** A copy states the figures of what it copies: more missing than this is a different claim. */
  maxNumbersMissing: 0.2,
} as const;

/** What is known about two texts besides their words. */
export interface MatchEvidence {
  /** One links the other's URL, or names the other's outlet as its source. */
  linked: boolean;
}

export interface ClaimMatch extends Similarity {
  /** How strongly the two belong together, for choosing among several matching candidates. */
  score: number;
}

export function isShort(fingerprint: Pick<Fingerprint, "tokenCount">): boolean {
  return fingerprint.tokenCount < SHORT_ITEM_WORDS;
}

/**
 * Whether a text looks others up by its LSH band keys first. Band keys find texts that resemble
 * each other as wholes; a text of many words shares passage anchors with whatever resembles it
 * too, so only a short text, whose few anchors one edited word can take away, needs them (a longer
 * one whose passage lookup comes back full looks up by them too: `findCandidates`).
 */
export const looksUpByBands = (fingerprint: Pick<Fingerprint, "tokenCount">): boolean => isShort(fingerprint);

/** The match of two items if they carry the same claim, or null when they do not. */
export function sameClaim(a: Fingerprint, b: Fingerprint, evidence: MatchEvidence = NO_EVIDENCE): ClaimMatch | null {
  return compareTexts(a, b, () => evidence).match;
}

/** Two texts read against each other. */
export interface Comparison {
  /** Their match if they carry the same claim. */
  match: ClaimMatch | null;
  /** One states figures, places or months the other does not (the vetoes): they cannot match. */
  readonly otherFacts: boolean;
  /**
   * They read alike as wholes but state other facts: the same template written for another
   * region, month or figure. Such an item is a different claim from the other, and so from every
   * claim the other is in, whatever shorter copy it shares with that claim.
   */
  readonly nearMiss: boolean;
}

/**
 * Two texts that state other facts: no match, and whether they are near misses is measured when
 * first asked. Clustering asks only of candidates in a claim that another candidate matches; a
 * look-alike of a template is compared with hundreds it never asks about.
 */
class OtherFacts implements Comparison {
  readonly match = null;
  readonly otherFacts = true;
  private measured: boolean | undefined;

  constructor(
    private readonly a: Fingerprint,
    private readonly b: Fingerprint,
  ) {}

  get nearMiss(): boolean {
    this.measured ??= isNearMiss(this.a, this.b);
    return this.measured;
  }
}

/** Whether two texts stating other facts read alike as wholes (see `Comparison.nearMiss`). */
export function isNearMiss(a: Fingerprint, b: Fingerprint): boolean {
  return jaccardReaching(a, b, MATCH_RULES.nearMiss.jaccard) > 0;
}

const NO_EVIDENCE: MatchEvidence = { linked: false };

/**
 * `sameClaim` and the near-miss test in one pass over the pair: clustering asks both of every
 * candidate. `evidenceOf` is asked only of a pair that passes the vetoes.
 */
export function compareTexts(
  a: Fingerprint,
  b: Fingerprint,
  evidenceOf: () => MatchEvidence = () => NO_EVIDENCE,
): Comparison {
  // The vetoes first: they are cheap, and most candidates of a template fail them.
  if (statesOtherFacts(a, b)) return new OtherFacts(a, b);
  return { match: textMatch(a, b, evidenceOf()), otherFacts: false, nearMiss: false };
}

/** A copy states the figures of what it copies, and names no other region, city or month in place of its (facts.ts). */
function statesOtherFacts(a: Fingerprint, b: Fingerprint): boolean {
  return missingNumbers(a, b) > MATCH_RULES.maxNumbersMissing || namesOtherFacts(a, b);
}

function textMatch(a: Fingerprint, b: Fingerprint, evidence: MatchEvidence): ClaimMatch | null {
  const measured = similarity(a, b);
  const score = Math.max(
    resemblance(a, b, measured),
    passageContainment(measured, evidence.linked),
    headlineAtStart(a, b, measured),
  );
  return score > 0 ? { ...measured, score } : null;
}

/** The Jaccard (or exact containment) of two near-identical texts when the rule accepts it, else 0. */
function resemblance(a: Fingerprint, b: Fingerprint, measured: Similarity): number {
  const rule = isShort(a) || isShort(b) ? MATCH_RULES.short : MATCH_RULES.long;
  if (measured.jaccard >= rule.jaccard) return measured.jaccard;
  // Bigram containment is only trusted when both shingle sets are known exactly: estimated from
  // MinHash for sets of very different sizes it is too noisy to decide on.
  const exact = a.shingles !== null && b.shingles !== null;
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (exact && smaller >= rule.minShingles && measured.containment >= rule.containment) return measured.containment;
  return 0;
}

/** The shorter text's share of anchors found in the longer when the rule accepts it, else 0. */
function passageContainment(measured: Similarity, linked: boolean): number {
  const rule = linked ? MATCH_RULES.linkedPassage : MATCH_RULES.passage;
  const { shared, ofShorter } = measured.passage;
  return shared >= rule.minShared && ofShorter >= rule.minShareOfShorter ? ofShorter : 0;
}

/** 1 when the shorter text is a headline found whole at the start of the other, else 0. */
function headlineAtStart(a: Fingerprint, b: Fingerprint, measured: Similarity): number {
  const shorter = a.passages.length <= b.passages.length ? a : b;
  const rule = MATCH_RULES.headline;
  return shorter.passages.length <= rule.maxAnchors &&
    shorter.lead.length >= rule.minTrigrams &&
    measured.leadContainment === 1
    ? 1
    : 0;
}
