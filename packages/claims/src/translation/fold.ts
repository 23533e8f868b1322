/**
 * Kazakh and Russian spell the same name with different letters: Kazakh keeps қ, ғ, ұ, ү, і, ө,
 * ә, ң, һ where Russian writes к, г, у, у, и, о, а, н, х, and Russian writes х where Kazakh
 * writes қ ("Казахстан", "Қазақстан"). Folding both to one spelling makes the names meet.
 */
const KAZAKH_TO_SHARED: Record<string, string> = {
  қ: "к",
  ғ: "г",
  ұ: "у",
  ү: "у",
  і: "и",
  ө: "о",
  ә: "а",
  ң: "н",
  һ: "к",
  х: "к",
  ы: "и",
  й: "и",
  ё: "е",
  э: "е",
  ь: "",
  ъ: "",
};

/** A lower-cased Cyrillic word in the spelling Kazakh and Russian names share. */
function foldName(word: string): string {
  let folded = "";
  for (const char of word) folded += KAZAKH_TO_SHARED[char] ?? char;
  return folded;
}

/**
 * Case endings either language adds to a name, in the folded spelling, longest first: Kazakh
 * "Тоқаевтың", "Астанада", "Қарағандыдан", "Тоқаевпен"; Russian "Токаева", "Астане", "Токаевым".
 * Surname suffixes (-ов, -ев, -ин) are not endings and stay.
 */
const NAME_ENDINGS = [
  "ндаги",
  "тагы",
  "дагы",
  "ндан",
  "нден",
  "нин",
  "дин",
  "тин",
  "нда",
  "нде",
  "дан",
  "ден",
  "тан",
  "тен",
  "нан",
  "нен",
  "мен",
  "бен",
  "пен",
  "ами",
  "да",
  "де",
  "та",
  "те",
  "га",
  "ге",
  "ка",
  "ке",
  "на",
  "не",
  "ни",
  "ди",
  "ти",
  "си",
  "ом",
  "ем",
  "ой",
  "ей",
  "им",
  "ам",
  "ах",
  "ии",
  "ию",
  "ия",
  "а",
  "е",
  "и",
  "у",
  "ю",
  "я",
].sort((a, b) => b.length - a.length);

/**
 * A name keeps at least this many letters when an ending of two or more letters is cut, and one
 * fewer for a one-letter ending: "Астаны" is "Астан-ы", not "Аста-ны".
 */
const NAME_STEM_MIN = 5;
/** Letters of a name kept as its key: enough to tell names apart, short of most endings left. */
const NAME_KEY_LETTERS = 5;

/** The key of a capitalised word: folded, one case ending cut, its first five letters. */
export function nameKey(word: string): string {
  const folded = foldName(word.toLowerCase());
  const ending = NAME_ENDINGS.find(
    (candidate) =>
      folded.endsWith(candidate) &&
      folded.length - candidate.length >= NAME_STEM_MIN - (candidate.length === 1 ? 1 : 0),
  );
  return (ending ? folded.slice(0, -ending.length) : folded).slice(0, NAME_KEY_LETTERS);
}
