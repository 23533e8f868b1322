import { readCappedBody } from "../shared/outbound/capped-body.ts";
import { outboundFetch } from "../shared/outbound/outbound-fetch.ts";
import type { OutboundPolicy } from "../shared/outbound/url-guard.ts";

const FETCH_TIMEOUT_MS = 20_000;
/** Larger answers are cancelled as they stream, never held whole. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** An answer that will not become an image however often it is asked for. */
export class PermanentFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentFetchError";
  }
}

/**
 * Downloads an image through the outbound guard (no private addresses, every redirect checked),
 * streamed and capped at MAX_IMAGE_BYTES. A 4xx answer is permanent; 5xx and network errors throw
 * plain errors so the worker tries again later.
 */
export async function fetchImageBytes(url: string, outbound: OutboundPolicy): Promise<Uint8Array> {
  const response = await outboundFetch(
    url,
    {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { "user-agent": "Tekser media fetcher", accept: "image/png,image/jpeg,image/webp,image/gif" },
      follow: true,
    },
    outbound,
  );
  if (response.status >= 400 && response.status < 500) {
    await response.body?.cancel();
    throw new PermanentFetchError(`HTTP ${response.status}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  return readCappedBody(response, url, MAX_IMAGE_BYTES);
}
