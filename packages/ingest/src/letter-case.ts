const UPPER = 1;
const NOT_UPPER = 2;
/**
 * Whether lower-casing changes each UTF-16 code unit, filled in as units are met (64 kB at most):
 * asked of every word's letters, lower-casing a letter made a one-letter string each time.
 */
const unitCases = new Uint8Array(0x10000);

/** Whether lower-casing changes this code unit (a capital). A surrogate half is never one: a pair is cased whole. */
export function isUpperCaseUnit(unit: number): boolean {
  const known = unitCases[unit];
  return known === UPPER || (known === 0 && readCase(unit) === UPPER);
}

function readCase(unit: number): number {
  const char = String.fromCharCode(unit);
  const known = char !== char.toLowerCase() ? UPPER : NOT_UPPER;
  unitCases[unit] = known;
  return known;
}
