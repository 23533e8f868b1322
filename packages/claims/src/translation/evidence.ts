import type { TranslationKeys } from "./profile.ts";

/** Numbers and dates of one kind that the two texts give differently. */
export interface Contradiction {
  kind: string;
  kk: string[];
  ru: string[];
}

/** What a Kazakh text and a Russian text share, and how much of each it covers. */
export interface TranslationEvidence {
  /** 0–1: the mean of the anchor and the concept agreement. */
  score: number;
  names: string[];
  places: string[];
  numbers: string[];
  /** The shared numbers other than years: figures a story states (a percentage, a sum, a count, an hour). */
  figures: string[];
  dates: string[];
  /** Months one text names without a day that the other names too, with or without one. */
  months: string[];
  concepts: string[];
  /** Names, places, numbers, dates and months shared (the anchors). */
  anchors: number;
  /** Dice agreement of the anchors (2·shared / both sides' anchors), 0–1. */
  anchorAgreement: number;
  /** Dice agreement of the lexicon concepts, 0–1. */
  conceptAgreement: number;
  /** Share of each side's anchors and concepts found on the other side. */
  coverage: { kk: number; ru: number };
  contradictions: Contradiction[];
}

const kindOf = (key: string) => key.slice(0, key.indexOf(":"));
const valueOf = (key: string) => key.slice(key.indexOf(":") + 1);

/** A number's value whatever its kind ("#count:5000000000" and "#money:5000000000" agree). */
const numberValue = (key: string) => `#${valueOf(key)}`;

interface Side {
  names: Set<string>;
  initials: Set<string>;
  places: Set<string>;
  numbers: Map<string, string>;
  dates: Set<string>;
  /** Months named without a day ("03"). */
  months: Set<string>;
  concepts: Set<string>;
}

function sideOf(keys: TranslationKeys): Side {
  const side: Side = {
    names: new Set(),
    initials: new Set(),
    places: new Set(),
    numbers: new Map(),
    dates: new Set(),
    months: new Set(),
    concepts: new Set(),
  };
  for (const key of keys) {
    const kind = kindOf(key);
    if (kind === "n") side.names.add(valueOf(key));
    else if (kind === "i") side.initials.add(valueOf(key));
    else if (kind === "p") side.places.add(valueOf(key));
    else if (kind === "d") side.dates.add(valueOf(key));
    else if (kind === "m") side.months.add(valueOf(key));
    else if (kind === "c") side.concepts.add(valueOf(key));
    else if (key.startsWith("#")) side.numbers.set(numberValue(key), key);
  }
  return side;
}

const shared = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].filter((value) => b.has(value));
const dice = (sharedCount: number, a: number, b: number) => (a + b === 0 ? 0 : (2 * sharedCount) / (a + b));

/**
 * The evidence that a Kazakh text and a Russian text are one story, from their keys (see
 * `translationKeys`). A word that starts a sentence counts as a name only where the other text
 * has it too: sentence-initial capitals are as often ordinary words.
 */
export function translationEvidence(kkKeys: TranslationKeys, ruKeys: TranslationKeys): TranslationEvidence {
  const kk = sideOf(kkKeys);
  const ru = sideOf(ruKeys);
  const kkNames = new Set([...kk.names, ...shared(kk.initials, new Set([...ru.names, ...ru.initials]))]);
  const ruNames = new Set([...ru.names, ...shared(ru.initials, new Set([...kk.names, ...kk.initials]))]);
  const names = shared(kkNames, ruNames);
  const places = shared(kk.places, ru.places);
  const numbers = shared(new Set(kk.numbers.keys()), new Set(ru.numbers.keys()));
  const dates = shared(kk.dates, ru.dates);
  const concepts = shared(kk.concepts, ru.concepts);
  const months = [...new Set([...shared(kk.months, allMonths(ru)), ...shared(ru.months, allMonths(kk))])];

  const anchors = names.length + places.length + numbers.length + dates.length + months.length;
  const kkAnchors = kkNames.size + kk.places.size + kk.numbers.size + kk.dates.size + kk.months.size;
  const ruAnchors = ruNames.size + ru.places.size + ru.numbers.size + ru.dates.size + ru.months.size;
  const anchorAgreement = dice(anchors, kkAnchors, ruAnchors);
  const conceptAgreement = dice(concepts.length, kk.concepts.size, ru.concepts.size);
  const found = anchors + concepts.length;
  return {
    score: (anchorAgreement + conceptAgreement) / 2,
    names,
    places,
    numbers: numbers.map((value) => value.slice(1)),
    figures: numbers.filter((value) => kindOf(kk.numbers.get(value) ?? "") !== "#year").map((value) => value.slice(1)),
    dates,
    months,
    concepts,
    anchors,
    anchorAgreement,
    conceptAgreement,
    coverage: {
      kk: found / Math.max(1, kkAnchors + kk.concepts.size),
      ru: found / Math.max(1, ruAnchors + ru.concepts.size),
    },
    contradictions: contradictions(kk, ru),
  };
}

/** The months a text names, with a day or without. */
const allMonths = (side: Side) => new Set([...side.months, ...[...side.dates].map((day) => day.slice(0, 2))]);

/**
 * Per kind of number (percent, money, year, count, time) and for dates: when both texts give some,
 * the text giving fewer must find all of its own in the other. A translation may add a figure
 * ("…, about 11 dollars"); the same template with other numbers changes one.
 */
function contradictions(kk: Side, ru: Side): Contradiction[] {
  const byKind = (side: Side) => {
    const kinds = new Map<string, Set<string>>();
    for (const key of side.numbers.values())
      kinds.set(kindOf(key), (kinds.get(kindOf(key)) ?? new Set()).add(valueOf(key)));
    if (side.dates.size > 0) kinds.set("date", side.dates);
    return kinds;
  };
  // Months are compared when one text names a month without a day; days are compared as dates.
  const kkKinds = byKind(kk);
  const ruKinds = byKind(ru);
  const [kkMonths, ruMonths] = [allMonths(kk), allMonths(ru)];
  if (kk.months.size + ru.months.size > 0 && kkMonths.size > 0 && ruMonths.size > 0) {
    kkKinds.set("month", kkMonths);
    ruKinds.set("month", ruMonths);
  }
  const found: Contradiction[] = [];
  for (const [kind, kkValues] of kkKinds) {
    const ruValues = ruKinds.get(kind);
    if (!ruValues) continue;
    const [fewer, more] = kkValues.size <= ruValues.size ? [kkValues, ruValues] : [ruValues, kkValues];
    if ([...fewer].every((value) => more.has(value))) continue;
    found.push({
      kind,
      kk: [...kkValues].filter((value) => !ruValues.has(value)),
      ru: [...ruValues].filter((value) => !kkValues.has(value)),
    });
  }
  return found;
}
