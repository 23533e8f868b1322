/**
 * A PostgreSQL array literal (`{1,2}`, `{"a","b \"c\""}`): numbers as they are, strings quoted with
 * `"` and `\` escaped.
 */
function arrayLiteral(values: readonly (number | string)[]): string {
  let literal = "{";
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number | string;
    if (i > 0) literal += ",";
    literal += typeof value === "number" ? value : quoted(value);
  }
  return `${literal}}`;
}

/**
 * The literal of a text[] whose elements are the array literals of `rows`. Batched statements
 * pass one such parameter per column and cast each element (`unnest($1::text[])::int[]`), since
 * an array of arrays of different lengths cannot be a parameter. Built here as one string: given
 * an array of strings instead, node-postgres would quote and escape every element again.
 */
export function arrayLiterals(rows: readonly (readonly (number | string)[])[]): string {
  let literal = "{";
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly (number | string)[];
    if (i > 0) literal += ",";
    literal += row.length === 0 || typeof row[0] === "number" ? `"${arrayLiteral(row)}"` : quotedStringsLiteral(row);
  }
  return `${literal}}`;
}

/**
 * `quoted(arrayLiteral(row))` for a row of strings, in one pass: the inner literal's quotes and
 * backslashes are escaped again as they are written, not by a second scan of the whole row.
 */
function quotedStringsLiteral(row: readonly (number | string)[]): string {
  let literal = '"{';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) literal += ",";
    const value = String(row[i]);
    literal += `\\"${/["\\]/.test(value) ? value.replace(/["\\]/g, (c) => (c === '"' ? '\\\\\\"' : "\\\\\\\\")) : value}\\"`;
  }
  return `${literal}}"`;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;
