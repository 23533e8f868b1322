import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { negotiate } from "@fastify/accept-negotiator";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ifNoneMatchNames, strongEtag } from "./strong-etag.ts";

/** The encodings a public body is kept in besides its own bytes, in the server's order of preference. */
const ENCODINGS = ["br", "gzip"] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Below this, compressing saves fewer bytes than its headers cost (as @fastify/compress judges). */
const MIN_COMPRESSED_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Made once per body, on libuv's thread pool rather than the event loop. Brotli's quality 6 keeps
 * within ~2 % of its best size at a tenth of quality 11's time: a storm of distinct URLs (every
 * notice page, archive searches) compresses each answer once too.
 */
const COMPRESS: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipped(bytes, { level: 9 }),
};

/**
 * Route options of the routes that answer with `sendPublicBody`: their bodies carry their own
 * encoding, so @fastify/compress must neither compress them again nor spend a stream on them.
 */
export const PRECOMPRESSED = { compress: false } as const;

/**
 * One public answer (a feed, a notice page, an embed card, an archive page) as every reader gets
 * it: its bytes, its strong ETag (over those bytes, so every server process tags it alike), and
 * each compressed form, made the first time a reader accepts it and kept with the body.
 */
export class PublicBody {
  readonly etag: string;
  private readonly identity: Buffer;
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(
    text: string,
    readonly contentType: string,
  ) {
    this.identity = Buffer.from(text, "utf8");
    this.etag = strongEtag(text);
  }

  /** The body in `encoding`, or as it is when the reader accepts neither (or it is too small to gain). */
  async bytes(encoding: Encoding | null): Promise<{ encoding: Encoding | null; bytes: Buffer }> {
    if (!encoding || this.identity.length < MIN_COMPRESSED_BYTES) return { encoding: null, bytes: this.identity };
    let compressed = this.encoded.get(encoding);
    if (!compressed) {
      compressed = COMPRESS[encoding](this.identity);
      this.encoded.set(encoding, compressed);
      // A failed compression is not kept: the next reader tries again.
      compressed.catch(() => this.encoded.get(encoding) === compressed && this.encoded.delete(encoding));
    }
    return { encoding, bytes: await compressed };
  }
}

/**
 * Sends `body` in the encoding the request accepts best, with its ETag; a matching If-None-Match
 * gets 304 with no body. Caches are told the answer varies with Accept-Encoding.
 */
export async function sendPublicBody(
  request: FastifyRequest,
  reply: FastifyReply,
  body: PublicBody,
): Promise<FastifyReply> {
  reply
    .header("ETag", body.etag)
    .header("Cache-Control", "public, max-age=60")
    .header("Vary", "accept-encoding")
    .type(body.contentType);
  if (ifNoneMatchNames(request.headers["if-none-match"], body.etag)) return reply.code(304).send();
  const accepted = request.headers["accept-encoding"];
  const { encoding, bytes } = await body.bytes(accepted ? negotiate(accepted, [...ENCODINGS]) : null);
  if (encoding) reply.header("Content-Encoding", encoding);
  return reply.header("Content-Length", bytes.length).send(bytes);
}
