// Kazakh month names take case endings (наурыз, наурыздың, наурызда, наурызы), so they match
// as a prefix of the word; capitalisation varies between sites ("14 Наурыз 2026").
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
] as const;

// Russian genitive/nominative forms and dotted abbreviations ("марта", "март", "мар.", "сент.").
const RU_MONTHS: readonly RegExp[] = [
  /^янв(?:ар[ьяе])?$/,
  /^фев(?:р|раль|раля|рале)?$/,
  /^мар(?:т|та|те)?$/,
  /^апр(?:ель|еля|еле)?$/,
  /^ма[йяе]$/,
  /^июн(?:ь|я|е)?$/,
  /^июл(?:ь|я|е)?$/,
  /^авг(?:уст|уста|усте)?$/,
  /^сен(?:т|тябрь|тября|тябре)?$/,
  /^окт(?:ябрь|ября|ябре)?$/,
  /^ноя(?:б|брь|бря|бре)?$/,
  /^дек(?:абрь|абря|абре)?$/,
];

const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Month number 1–12 for a Kazakh, Russian or English month word in any usual form, else null. */
export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const kk = KK_MONTHS.findIndex((m) => w.startsWith(m));
  if (kk !== -1) return kk + 1;
  const ru = RU_MONTHS.findIndex((re) => re.test(w));
  if (ru !== -1) return ru + 1;
  const en = EN_MONTHS.findIndex((m) => w.startsWith(m));
  if (en !== -1 && /^[a-z]+$/.test(w) && w.length <= 9) return en + 1;
  return null;
}

/** Word pattern that can hold a month name (Cyrillic or Latin letters, optional dot). */
export const MONTH_WORD = "[\\p{L}]{3,}\\.?";
