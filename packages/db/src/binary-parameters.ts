// Parameters in PostgreSQL's binary format. node-postgres sends a Buffer as binary and anything
// else as text: as text, a bytea[] is every byte written as two hexadecimal digits and a text[]
// every element quoted and escaped, and PostgreSQL parses each back. For a group of long pages
// those passes over the bytes, on both sides, were a measurable part of storing it.

/**
 * Byte strings as one binary parameter, with where each lies in it: a row takes its own with
 * `substring(bytes FROM start FOR length)` (1-based, as SQL counts). PostgreSQL copies only the
 * slice for each row, so the cost stays linear in the bytes however many rows share them.
 */
export function concatenatedBytes(parts: readonly Uint8Array[]): {
  bytes: Buffer;
  starts: number[];
  lengths: number[];
} {
  const starts: number[] = [];
  const lengths: number[] = [];
  let start = 1;
  for (const part of parts) {
    starts.push(start);
    lengths.push(part.length);
    start += part.length;
  }
  return { bytes: Buffer.concat(parts), starts, lengths };
}

const TEXT_OID = 25;
const HEADER_BYTES = 20;
const NULL_LENGTH = -1;

/**
 * A text[] parameter in PostgreSQL's binary array format (cast it `::text[]`): each element's
 * UTF-8 bytes after their length, nothing quoted or escaped. A lone surrogate becomes U+FFFD, as
 * node-postgres writes it in text.
 */
export function binaryTextArray(values: readonly (string | null | undefined)[]): Buffer {
  const lengths = new Int32Array(values.length);
  let size = HEADER_BYTES;
  let hasNull = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value == null) {
      lengths[i] = NULL_LENGTH;
      hasNull = 1;
      size += 4;
    } else {
      lengths[i] = Buffer.byteLength(value);
      size += 4 + (lengths[i] as number);
    }
  }
  const buffer = Buffer.allocUnsafe(size);
  // One dimension of values.length elements counted from 1, whether any is null, their type.
  buffer.writeInt32BE(1, 0);
  buffer.writeInt32BE(hasNull, 4);
  buffer.writeUInt32BE(TEXT_OID, 8);
  buffer.writeInt32BE(values.length, 12);
  buffer.writeInt32BE(1, 16);
  let at = HEADER_BYTES;
  for (let i = 0; i < values.length; i++) {
    const length = lengths[i] as number;
    buffer.writeInt32BE(length, at);
    at += 4;
    if (length > 0) at += buffer.write(values[i] as string, at, length, "utf8");
  }
  return buffer;
}
