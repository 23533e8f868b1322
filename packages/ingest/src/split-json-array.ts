const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** One part of a large JSON document: the elements of its array, each byte for byte as written. */
export interface ArrayPart {
  /** The document's bytes before the array's key, e.g. `{"name":"Channel","id":1,`. */
  head: Uint8Array;
  /** Index of the part's first element in the whole array. */
  first: number;
  elements: Uint8Array[];
}

/** How far into a document its array must start; later, the document is not split. */
const MAX_HEAD_BYTES = 1024 * 1024;

/**
 * Splits a JSON object's top-level array `key` into parts as the bytes stream in, so a file
 * larger than memory (a Telegram Desktop export's `messages`) is read a part at a time. Only
 * scans bytes (strings, escapes, nesting); each element is kept verbatim. Yields nothing when the
 * document is not an object whose first megabyte opens such an array: `found` then stays false,
 * `gaveUp` turns true, and the caller reads the document as a whole.
 */
export class JsonArraySplitter {
  found = false;
  gaveUp = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private lastString = "";
  private pendingKey: string | null = null;
  private inArray = false;
  private done = false;
  private head: number[] = [];
  private headEnd = -1;
  private element: number[] = [];
  private elements: Uint8Array[] = [];
  private elementBytes = 0;
  private first = 0;
  private readonly keyBytes: number[] = [];

  constructor(
    private readonly key: string,
    private readonly limits = { elements: 1000, bytes: 8 * 1024 * 1024 },
  ) {}

  /** Feeds the next bytes; returns the parts completed by them. */
  push(chunk: Uint8Array): ArrayPart[] {
    const parts: ArrayPart[] = [];
    for (const byte of chunk) {
      if (this.done) break;
      this.step(byte, parts);
    }
    return parts;
  }

  /**
   * The last, partly filled part once the input has ended. An input cut off inside an element
   * (a truncated export) ends with a part of that element alone, as it was: its document does not
   * parse, so the parser reports it, and the complete elements before it are kept.
   */
  end(): ArrayPart[] {
    const parts = this.elements.length > 0 ? [this.takePart()] : [];
    if (this.inArray && this.element.length > 0) {
      this.elements = [new Uint8Array(this.element)];
      this.element = [];
      parts.push(this.takePart());
    }
    return parts;
  }

  private step(byte: number, parts: ArrayPart[]): void {
    const inElement =
      this.inArray &&
      (this.depth > 2 ||
        this.element.length > 0 ||
        (this.depth === 2 && !isSpace(byte) && byte !== COMMA && byte !== CLOSE_ARRAY));
    if (!this.inArray) {
      this.head.push(byte);
      if (this.head.length > MAX_HEAD_BYTES) {
        [this.done, this.gaveUp] = [true, true];
        return;
      }
    }
    if (inElement) this.element.push(byte);
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (byte === BACKSLASH) this.escaped = true;
      else if (byte === QUOTE) {
        this.inString = false;
        if (!this.inArray && this.depth === 1)
          this.lastString = new TextDecoder().decode(new Uint8Array(this.keyBytes));
      } else if (!this.inArray && this.depth === 1) this.keyBytes.push(byte);
      return;
    }
    if (byte === QUOTE) {
      this.inString = true;
      if (!this.inArray && this.depth === 1) {
        this.keyBytes.length = 0;
        this.stringStart = this.head.length - 1;
      }
      return;
    }
    if (byte === COLON && this.depth === 1 && !this.inArray) {
      this.pendingKey = this.lastString;
      if (this.pendingKey === this.key) this.headEnd = this.stringStart;
      return;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (this.depth === 0 && byte !== OPEN_OBJECT) [this.done, this.gaveUp] = [true, true];
      else if (this.depth === 1 && byte === OPEN_ARRAY && this.pendingKey === this.key && !this.found) {
        this.found = true;
        this.inArray = true;
        this.head = this.head.slice(0, this.headEnd);
      }
      this.depth++;
      return;
    }
    if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      this.depth--;
      if (this.inArray && this.depth === 1) {
        this.finishElement(parts);
        this.inArray = false;
        this.done = true;
      }
      return;
    }
    if (byte === COMMA) {
      if (this.inArray && this.depth === 2) this.finishElement(parts);
      else if (this.depth === 1) this.pendingKey = null;
    }
  }

  private finishElement(parts: ArrayPart[]): void {
    let end = this.element.length;
    // The separator (or the closing bracket) was pushed with the element; drop it and trailing space.
    if (end > 0) end--;
    while (end > 0 && isSpace(this.element[end - 1] as number)) end--;
    if (end > 0) {
      this.elements.push(new Uint8Array(this.element.slice(0, end)));
      this.elementBytes += end;
    }
    this.element = [];
    if (this.elements.length >= this.limits.elements || this.elementBytes >= this.limits.bytes)
      parts.push(this.takePart());
  }

  private takePart(): ArrayPart {
    const part = { head: new Uint8Array(this.head), first: this.first, elements: this.elements };
    this.first += this.elements.length;
    this.elements = [];
    this.elementBytes = 0;
    return part;
  }
}

/** A part as a JSON document of its own: the head, then the array holding the part's elements. */
export function partDocument(key: string, part: ArrayPart): Uint8Array {
  const encoder = new TextEncoder();
  const pieces = [part.head, encoder.encode(`${JSON.stringify(key)}:[`)];
  part.elements.forEach((element, index) => pieces.push(...(index > 0 ? [encoder.encode(",")] : []), element));
  pieces.push(encoder.encode("]}"));
  return Buffer.concat(pieces);
}
