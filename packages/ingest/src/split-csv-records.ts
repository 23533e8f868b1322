const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** A run of a CSV file's records, after its header line, byte for byte: a CSV file of its own. */
export interface CsvPart {
  /** Index of the part's first record (after the header) in the whole file. */
  first: number;
  count: number;
  bytes: Uint8Array;
}

/**
 * Splits a CSV file into parts of whole records as the bytes stream in, each part starting with
 * the file's header line, so a monitoring export larger than memory is read a part at a time.
 * A record ends at a newline outside quotes (a doubled quote inside a quoted field toggles
 * twice, so counting quotes is exact for RFC 4180 files). A record that never ends (an unclosed
 * quote) is cut at the byte limit, so memory stays bounded; its part then fails to parse and is
 * reported like any malformed CSV.
 */
export class CsvRecordSplitter {
  private header: Uint8Array | null = null;
  private record: Uint8Array[] = [];
  private recordBytes = 0;
  private quotes = 0;
  private records: Uint8Array[] = [];
  private partBytes = 0;
  private first = 0;

  constructor(private readonly limits = { records: 1000, bytes: 8 * 1024 * 1024 }) {}

  push(chunk: Uint8Array): CsvPart[] {
    const parts: CsvPart[] = [];
    let start = 0;
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at];
      if (byte === QUOTE) this.quotes++;
      else if (byte === NEWLINE && this.quotes % 2 === 0) {
        this.endRecord(chunk.subarray(start, at + 1), parts);
        start = at + 1;
      } else if (this.recordBytes + (at - start) >= this.limits.bytes) {
        this.endRecord(chunk.subarray(start, at + 1), parts);
        start = at + 1;
      }
    }
    if (start < chunk.length) this.addToRecord(chunk.subarray(start));
    return parts;
  }

  /** The last part once the input has ended, with a last record that had no newline. */
  end(): CsvPart[] {
    const parts: CsvPart[] = [];
    if (this.recordBytes > 0) this.endRecord(new Uint8Array(), parts);
    if (this.records.length > 0) parts.push(this.takePart());
    return parts;
  }

  private addToRecord(bytes: Uint8Array): void {
    // Copied: the stream may reuse the chunk's memory.
    this.record.push(Uint8Array.from(bytes));
    this.recordBytes += bytes.length;
  }

  private endRecord(tail: Uint8Array, parts: CsvPart[]): void {
    this.addToRecord(tail);
    const record = Buffer.concat(this.record);
    [this.record, this.recordBytes, this.quotes] = [[], 0, 0];
    if (this.header === null) {
      this.header = record;
      return;
    }
    this.records.push(record);
    this.partBytes += record.length;
    if (this.records.length >= this.limits.records || this.partBytes >= this.limits.bytes) parts.push(this.takePart());
  }

  private takePart(): CsvPart {
    const part = {
      first: this.first,
      count: this.records.length,
      bytes: Buffer.concat([this.header ?? new Uint8Array(), ...this.records]),
    };
    this.first += this.records.length;
    [this.records, this.partBytes] = [[], 0];
    return part;
  }
}
