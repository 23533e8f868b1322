import { SIGNATURE_SIZE, type Fingerprint } from "@tekser/claims";

/** The lists of a fingerprint that are read back for comparison but never looked up by. */
export type FingerprintDetail = Pick<
  Fingerprint,
  "signature" | "shingles" | "numbers" | "places" | "months" | "figureSlots" | "lead"
>;

const LISTS = ["signature", "shingles", "numbers", "places", "months", "figureSlots", "lead"] as const;
/** The length written for `shingles` when the item is too long to keep them (null). */
const NO_LIST = -1;

/**
 * The detail lists as one `bytea`: each list as its length, then its 32-bit hashes, all
 * big-endian (PostgreSQL's `int4send` order). As `int[]` literals they were most of the cost of
 * storing a fingerprint: built as text here, parsed back by PostgreSQL, and the other way round
 * when read.
 */
export function packDetail(detail: FingerprintDetail): Buffer {
  let size = 0;
  for (const name of LISTS) size += 4 * (1 + (detail[name]?.length ?? 0));
  const packed = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const name of LISTS) {
    const list = detail[name];
    offset = packed.writeInt32BE(list ? list.length : NO_LIST, offset);
    if (list) for (const value of list) offset = packed.writeUInt32BE(value >>> 0, offset);
  }
  return packed;
}

/**
 * The lists `packDetail` wrote, hashes as unsigned 32-bit numbers. A signature of another
 * length (an older rule's) reads as none, and estimates nothing.
 */
export function unpackDetail(packed: Uint8Array): FingerprintDetail {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  let offset = 0;
  const next = (): number[] | null => {
    const length = view.getInt32(offset);
    offset += 4;
    if (length === NO_LIST) return null;
    const list: number[] = [];
    for (let i = 0; i < length; i++, offset += 4) list.push(view.getUint32(offset));
    return list;
  };
  const signature = next() ?? [];
  const shingles = next();
  const rest = () => next() ?? [];
  return {
    signature: signature.length === SIGNATURE_SIZE ? signature : [],
    shingles,
    numbers: rest(),
    places: rest(),
    months: rest(),
    figureSlots: rest(),
    lead: rest(),
  };
}
