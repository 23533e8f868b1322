/**
 * Kazakh adds suffixes to a stem, one after another ("зейнеткер-лер-ге", "өс-еді"), and nothing
 * before it. With no stemmer for Kazakh on npm, a word is reduced by cutting known suffixes from
 * its end, longest first, and every stage is kept: the lexicon stem is found at whichever stage
 * it appears, so cutting too far costs nothing as long as the right stage is among them.
 */
const SUFFIXES = [
  // plural
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  // possessive
  "ымыз",
  "іміз",
  "ыңыз",
  "іңіз",
  "мыз",
  "міз",
  "ңыз",
  "ңіз",
  "сы",
  "сі",
  "ым",
  "ім",
  "ың",
  "ің",
  "ы",
  "і",
  // case
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "нда",
  "нде",
  "да",
  "де",
  "та",
  "те",
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  "мен",
  "бен",
  "пен",
  "дағы",
  "дегі",
  "тағы",
  "тегі",
  "ндағы",
  "ндегі",
  "ғы",
  "гі",
  "қы",
  "кі",
  "а",
  "е",
  "н",
  // verb forms: tense, participle, gerund, verbal noun, conditional, negation, voice
  "ған",
  "ген",
  "қан",
  "кен",
  "атын",
  "етін",
  "йтын",
  "йтін",
  "ады",
  "еді",
  "йды",
  "йді",
  "ар",
  "ер",
  "мақ",
  "мек",
  "пақ",
  "пек",
  "бақ",
  "бек",
  "ып",
  "іп",
  "п",
  "у",
  "уы",
  "уі",
  "уда",
  "уде",
  "са",
  "се",
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
  "ыл",
  "іл",
  "л",
  "ын",
  "ін",
  "дыр",
  "дір",
  "тыр",
  "тір",
  "ғыз",
  "гіз",
  "қыз",
  "кіз",
  // derivation
  "лық",
  "лік",
  "дық",
  "дік",
  "тық",
  "тік",
  "шы",
  "ші",
  "сыз",
  "сіз",
  "лы",
  "лі",
].sort((a, b) => b.length - a.length);

const DEVOICED: Record<string, string> = { г: "к", ғ: "қ", б: "п" };

/** A stem keeps at least this many letters: "су" (water) is a word, "с" is not. */
const STEM_MIN = 2;
/** Longest ending written after a hyphen ("-ның", "-дағы"): a longer part is a word of its own. */
const MAX_HYPHENATED_ENDING = 5;
/** More suffixes than this on one word are rare in news text. */
const MAX_CUTS = 5;

/** Most stages kept per word: a long word can be cut many ways. */
const MAX_STAGES = 40;

/**
 * The word and every shorter stem left by cutting suffixes: each suffix that fits is tried
 * ("қойды" is "қой" + "ды" and could be "қо" + "йды"), as one spelling can end in several.
 */
export function kazakhStages(word: string): string[] {
  const stages = new Set([word]);
  // An abbreviation or a foreign name takes its ending after a hyphen ("ЖСН-мен", "WhatsApp-қа").
  const hyphen = word.lastIndexOf("-");
  if (hyphen >= STEM_MIN && word.length - hyphen - 1 <= MAX_HYPHENATED_ENDING) stages.add(word.slice(0, hyphen));
  let frontier = [word];
  for (let cut = 0; cut < MAX_CUTS && frontier.length > 0 && stages.size < MAX_STAGES; cut++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const suffix of SUFFIXES) {
        if (!current.endsWith(suffix) || current.length - suffix.length < STEM_MIN) continue;
        const stem = current.slice(0, -suffix.length);
        // A vowel suffix voices the stem's last consonant ("министрлік" → "министрлігі"): the
        // dictionary spelling is a stage too, and cutting goes on from both.
        const devoiced = DEVOICED[stem.slice(-1)];
        for (const stage of devoiced ? [stem, stem.slice(0, -1) + devoiced] : [stem]) {
          if (stages.has(stage)) continue;
          stages.add(stage);
          next.push(stage);
        }
      }
    }
    frontier = next;
  }
  return [...stages];
}
