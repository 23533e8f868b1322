import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { PreparedInput } from "./ingest-documents.ts";
import { GroupPipeline } from "./ingest-pipeline.ts";

const input = (n: number): PreparedInput => ({
  input: { name: `input-${n}`, bytes: new Uint8Array(10) },
  format: "test",
  errors: [],
  documentHash: String(n),
  prepared: [],
});

describe("GroupPipeline", () => {
  it("stores groups one at a time, in input order, while later inputs are added", async () => {
    const stored: string[][] = [];
    let storing = 0;
    let overlapped = false;
    const pipeline = new GroupPipeline(async (documents) => {
      overlapped ||= storing > 0;
      storing++;
      await sleep(5);
      stored.push(documents.map((document) => document.input.name));
      storing--;
    });
    for (let n = 0; n < 250; n++) await pipeline.add(input(n));
    await pipeline.finish();
    expect(overlapped).toBe(false);
    expect(stored.map((group) => group.length)).toEqual([100, 100, 50]);
    expect(stored.flat()).toEqual(Array.from({ length: 250 }, (_, n) => `input-${n}`));
  });

  it("reports a failed group to the caller instead of losing it", async () => {
    const pipeline = new GroupPipeline(async (documents) => {
      if (documents[0]?.input.name === "input-100") throw new Error("database gone");
    });
    await expect(async () => {
      for (let n = 0; n < 300; n++) await pipeline.add(input(n));
      await pipeline.finish();
    }).rejects.toThrow("database gone");
  });
});
