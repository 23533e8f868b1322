/**
 * Numbers as both languages write them, reduced to a value and a kind, so "5 млрд теңге" and
 * "5 млрд тенге", "10%" and "10 пайызға" and "10 процентов", "20 мың" and "20 тысяч" meet.
 */
type NumberKind = "percent" | "money" | "year" | "count" | "time";

/** Words after a number that multiply it, by the start of the word. */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(трлн|триллион|триллион)/u, 1e12],
  [/^(млрд|миллиард)/u, 1e9],
  [/^(млн|миллион)/u, 1e6],
  [/^(мың|тыс|тысяч)/u, 1e3],
];
const PERCENT = /^(%|пайыз|процент)/u;
const MONEY = /^(теңге|тенге|₸|тг|доллар|\$|рубл|руб|евро|€)/u;
const YEAR_WORD = /^(жыл|год|г\.?$)/u;

/** A number with thousands separated by spaces ("5 000 000") and a decimal part ("2,5"). */
const NUMBER =
  /(?<![\d.,:])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\d:])\s*(%?)\s*([\p{L}$₸€.]*)\s*([\p{L}$₸€]*)/gu;

/** Whole counts below this, without a unit, are more often written as words in the other language. */
const COUNT_MIN = 10;

/**
 * A time of day, "14:00" in both languages (Kazakh adds its case ending after a hyphen, "14:00-де"):
 * deadlines and events are stated to the minute, and a template retold for another hour differs in it.
 */
const TIME_OF_DAY = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

/** The numbers of a lower-cased text as keys ("#money:5000000000", "#time:9:30"), skipping the spans given. */
export function findNumbers(text: string, skip: readonly { start: number; end: number }[] = []): string[] {
  const keys: string[] = [...text.matchAll(TIME_OF_DAY)].map((match) => `#time:${Number(match[1])}:${match[2]}`);
  for (const match of text.matchAll(NUMBER)) {
    if (skip.some((span) => match.index >= span.start && match.index < span.end)) continue;
    const whole = (match[1] as string).replace(/[ \u00a0\u202f]/g, "");
    let value = Number(match[2] ? `${whole}.${match[2]}` : whole);
    const words = [match[3] ?? "", match[4] ?? "", match[5] ?? ""].filter(Boolean);
    let kind: NumberKind = "count";
    let next = 0;
    const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(words[next] ?? ""));
    if (multiplier) {
      value *= multiplier[1];
      next += 1;
    }
    const unit = words[next] ?? "";
    if (words[0] === "%" || PERCENT.test(unit)) kind = "percent";
    else if (MONEY.test(unit)) kind = "money";
    else if (!multiplier && !match[2] && /^(19|20)\d\d$/.test(whole) && (YEAR_WORD.test(unit) || unit === ""))
      kind = "year";
    else if (!multiplier && !match[2] && value < COUNT_MIN) continue;
    keys.push(`#${kind}:${Number(value.toPrecision(12))}`);
  }
  return keys;
}
