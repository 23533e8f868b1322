import type { Response } from "undici";

/** A response body over the size Tekser is willing to hold in memory. */
export class ResponseTooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly maxBytes: number,
  ) {
    super(`The response from ${url} is larger than ${formatMegabytes(maxBytes)} MB, the most Tekser reads`);
    this.name = "ResponseTooLargeError";
  }
}

const formatMegabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 100) / 100);

/**
 * Reads a response body of at most `maxBytes`. A declared `content-length` over the cap is
 * refused before any byte is read; the body is then counted as it streams, because the header
 * may be missing (chunked) or lie, and the download is cancelled at the first byte over the cap
 * so a never-ending answer costs at most `maxBytes` of memory.
 */
export async function readCappedBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = response.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(url, maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
