// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { writePrecompressedSiblings } from "./precompressed-assets.ts";

describe("[WEB][BUILD] scripts and stylesheets compressed once, beside themselves", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes .br and .gz decoding to each text file, and leaves the shell and binary files alone", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tekser-build-"));
    mkdirSync(path.join(dir, "assets"));
    const files = {
      "assets/index-abc123.js": `export const words = ${JSON.stringify(Array.from({ length: 100 }, (_, i) => `сөз-${i}`))};`,
      "assets/index-def456.css": ".queue { display: grid; }\n".repeat(40),
      "favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>`,
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Tekser</title>");
    writeFileSync(path.join(dir, "assets/font-0a1b2c.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));

    expect(await writePrecompressedSiblings(dir)).toBe(3);
    for (const [file, text] of Object.entries(files)) {
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).toString("utf8"), file).toBe(text);
      expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).toString("utf8"), file).toBe(text);
    }
    for (const file of ["index.html", "assets/font-0a1b2c.woff2"]) {
      expect(existsSync(path.join(dir, `${file}.br`)), file).toBe(false);
      expect(existsSync(path.join(dir, `${file}.gz`)), file).toBe(false);
    }
  });
});
