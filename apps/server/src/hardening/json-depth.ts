import { Transform, type TransformCallback } from "node:stream";

/** Deeper JSON than this is refused before any parser recurses into it. */
const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/** A JSON body nested deeper than the limit; Fastify answers it with its statusCode. */
export class JsonTooDeepError extends Error {
  readonly statusCode = 400;
  readonly code = "JSON_TOO_DEEP";
  constructor(
    readonly maxDepth: number,
    readonly offset: number,
  ) {
    super(`The JSON body is nested deeper than ${maxDepth} levels (at byte ${offset}); send flatter data`);
  }
}

/**
 * Passes a JSON body through unchanged while tracking bracket depth in one linear pass (brackets
 * inside strings do not count), and fails the stream as soon as the depth passes the limit, so a
 * crafted body is refused before it is parsed. UTF-8 continuation bytes are all >= 0x80 and can
 * never be mistaken for the ASCII bytes tracked here.
 */
export class JsonDepthLimit extends Transform {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private offset = 0;

  constructor(private readonly maxDepth = MAX_JSON_DEPTH) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (OPENERS.has(byte)) {
        this.depth++;
        if (this.depth > this.maxDepth) return callback(new JsonTooDeepError(this.maxDepth, this.offset + index));
      } else if (CLOSERS.has(byte)) {
        this.depth--;
      }
    }
    this.offset += chunk.length;
    callback(null, chunk);
  }
}
