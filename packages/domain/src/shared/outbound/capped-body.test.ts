import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamUntilClosed } from "../../../test/endless-response.ts";
import { readCappedBody, ResponseTooLargeError } from "./capped-body.ts";
import { outboundFetch } from "./outbound-fetch.ts";

const ALLOW = { allowPrivateUrls: true };
const CAP = 1024 * 1024;
let server: Server;
let base = "";
/** Resolves when the server sees the client hang up on that path: the download was cancelled. */
const hungUp = new Map<string, Promise<void>>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "";
    if (path === "/endless") return void hungUp.set(path, streamUntilClosed(response));
    hungUp.set(path, new Promise((resolve) => response.once("close", () => resolve())));
    if (path === "/declared-huge") {
      // Declares 50 MB, sends a little and then nothing: only the header can tell.
      response.writeHead(200, { "content-type": "text/plain", "content-length": String(50 * CAP) });
      return void response.write("x");
    }
    if (path === "/exact")
      return void response.writeHead(200, { "content-length": String(CAP) }).end(Buffer.alloc(CAP, "b"));
    response.writeHead(200, { "content-type": "text/plain" }).end("small answer");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const read = async (path: string) =>
  readCappedBody(await outboundFetch(`${base}${path}`, {}, ALLOW), `${base}${path}`, CAP);

describe("[PUBLISH][SSRF] capped outbound bodies", () => {
  it("cancels a body without content-length at the first byte over the cap, naming the limit", async () => {
    const refusal = await read("/endless").then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ResponseTooLargeError);
    expect((refusal as Error).message).toBe(
      `The response from ${base}/endless is larger than 1 MB, the most Tekser reads`,
    );
    await hungUp.get("/endless");
  });

  it("refuses a declared content-length over the cap before reading the body", async () => {
    await expect(read("/declared-huge")).rejects.toThrow("is larger than 1 MB");
    await hungUp.get("/declared-huge");
  });

  it("reads answers up to the cap whole", async () => {
    expect(new TextDecoder().decode(await read("/small"))).toBe("small answer");
    expect((await read("/exact")).byteLength).toBe(CAP);
  });
});
