import type { ServerResponse } from "node:http";

/**
 * Answers 200 with a chunked body (no content-length) that never ends: it is written as fast as
 * the client reads until the client hangs up. Resolves when it does, i.e. the download was cancelled.
 */
export function streamUntilClosed(response: ServerResponse, contentType = "text/plain"): Promise<void> {
  const closed = new Promise<void>((resolve) => response.once("close", () => resolve()));
  response.writeHead(200, { "content-type": contentType });
  const chunk = Buffer.alloc(128 * 1024, " ");
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once("drain", pump);
  };
  pump();
  return closed;
}
