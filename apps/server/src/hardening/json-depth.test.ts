import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { JsonDepthLimit, JsonTooDeepError } from "./json-depth.ts";

async function passThrough(chunks: string[], maxDepth: number): Promise<string> {
  let out = "";
  await pipeline(
    Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    new JsonDepthLimit(maxDepth),
    async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) out += chunk.toString();
    },
  );
  return out;
}

describe("[HTTP][JSON-DEPTH] the depth limit of JSON bodies", () => {
  it("passes JSON at the limit through unchanged, split anywhere", async () => {
    const body = `${"[".repeat(4)}{"a":"]]]]]]\\"[[[[[[[ кирилл"}${"]".repeat(4)}`;
    expect(await passThrough([body.slice(0, 7), body.slice(7, 15), body.slice(15)], 5)).toBe(body);
  });

  it("refuses one level more, naming the limit and where, even when brackets in strings would hide it", async () => {
    await expect(passThrough(['{"x":"\\\\"', ",", '"a":[[[[[[]]]]]]}'], 5)).rejects.toBeInstanceOf(JsonTooDeepError);
    await expect(passThrough(["[".repeat(6)], 5)).rejects.toThrow("nested deeper than 5 levels (at byte 5)");
  });
});
