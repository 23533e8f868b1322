import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { useTestDatabase } from "@tekser/db/vitest";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testHttpApp } from "../test/http-test-app.ts";
import { writeWebDist } from "../test/web-dist.ts";

const database = useTestDatabase();

/** A built script big enough to be worth compressing, as the web build leaves it with its .br and .gz. */
const SCRIPT = `export const labels = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `label-${i}`))};\n`;
const SCRIPT_PATH = "assets/index-abc123.js";
/** A built file the build does not compress beside itself. */
const FONT_PATH = "assets/font-def456.woff2";

describe("[WEB][ASSETS] the dashboard's built files are sent as the build compressed them", () => {
  let app: FastifyInstance;
  const dist = writeWebDist({
    "index.html": "<!doctype html><html><head><title>Tekser</title></head><body></body></html>",
    [SCRIPT_PATH]: SCRIPT,
    [`${SCRIPT_PATH}.br`]: brotliCompressSync(SCRIPT),
    [`${SCRIPT_PATH}.gz`]: gzipSync(SCRIPT),
    [FONT_PATH]: Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]),
  });
  beforeAll(async () => {
    app = await testHttpApp(database.db, { webDistDir: dist.dir });
  });
  afterAll(async () => {
    await app.close();
    dist.remove();
  });

  it("sends the .br or .gz file the reader accepts, decoding to the script, cached for good; the plain file otherwise", async () => {
    for (const [accepted, encoding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
    ] as const) {
      const response = await app.inject({
        method: "GET",
        url: `/${SCRIPT_PATH}`,
        headers: { "accept-encoding": accepted },
      });
      expect(response.statusCode, accepted).toBe(200);
      expect(response.headers["content-encoding"], accepted).toBe(encoding);
      expect(response.headers.vary, accepted).toMatch(/accept-encoding/i);
      expect(response.headers["cache-control"], accepted).toBe("public, max-age=31536000, immutable");
      expect(response.headers["content-type"], accepted).toMatch(/javascript/);
      // The very bytes the build wrote: nothing compressed again on the way out.
      expect(
        response.rawPayload.equals(
          readFileSync(path.join(dist.dir, `${SCRIPT_PATH}.${encoding === "br" ? "br" : "gz"}`)),
        ),
        accepted,
      ).toBe(true);
      expect(decode(response.rawPayload).toString("utf8"), accepted).toBe(SCRIPT);
    }
    const plain = await app.inject({ method: "GET", url: `/${SCRIPT_PATH}` });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    const font = await app.inject({ method: "GET", url: `/${FONT_PATH}`, headers: { "accept-encoding": "br" } });
    expect(font.statusCode).toBe(200);
    expect(font.headers["content-encoding"]).toBeUndefined();
    expect(font.rawPayload.equals(readFileSync(path.join(dist.dir, FONT_PATH)))).toBe(true);
  });
});
