/**
 * A PostgreSQL array literal (`{1,2}`, `{"a","b \"c\""}`): numbers as they are, strings quoted with
 * `"` and `\` escaped. Batched statements pass one literal per row in a text[] parameter and cast
 * each (`unnest($1::text[])::int[]`), since an array of arrays of different lengths cannot be a
 * parameter.
 */
export function arrayLiteral(values: readonly (number | string)[]): string {
  return `{${values.map((value) => (typeof value === "number" ? value : `"${value.replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
}
