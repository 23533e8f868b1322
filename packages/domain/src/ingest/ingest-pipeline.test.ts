import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { PreparedInput } from "./ingest-documents.ts";
import { GroupPipeline } from "./ingest-pipeline.ts";

/** An input with `items` parsed items (their content does not matter to the pipeline). */
const input = (n: number, items = 0): PreparedInput => ({
  input: { name: `input-${n}`, bytes: new Uint8Array(10) },
  format: "test",
  errors: [],
  documentHash: String(n),
  prepared: Array.from({ length: items }, () => ({}) as PreparedInput["prepared"][number]),
});

const names = (documents: PreparedInput[]) => documents.map((document) => document.input.name);

/** A store that finishes a group only when the test says so. */
function heldStore() {
  const stored: string[][] = [];
  const finishers: (() => void)[] = [];
  const store = (documents: PreparedInput[]) => {
    stored.push(names(documents));
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  return { stored, store, finishGroup: (index: number) => finishers[index]?.() };
}

describe("GroupPipeline", () => {
  it("stores groups one at a time, in input order, while later inputs are added", async () => {
    const stored: string[][] = [];
    let storing = 0;
    let overlapped = false;
    const pipeline = new GroupPipeline(async (documents) => {
      overlapped ||= storing > 0;
      storing++;
      await sleep(5);
      stored.push(names(documents));
      storing--;
    });
    for (let n = 0; n < 250; n++) await pipeline.add(input(n));
    await pipeline.finish();
    expect(overlapped).toBe(false);
    expect(stored.map((group) => group.length)).toEqual([100, 100, 50]);
    expect(stored.flat()).toEqual(Array.from({ length: 250 }, (_, n) => `input-${n}`));
  });

  it("sends a feed at once, gathers the next inputs while the store is busy, and sends them when it is free", async () => {
    const { stored, store, finishGroup } = heldStore();
    const pipeline = new GroupPipeline(store);
    await pipeline.add(input(0, 200));
    expect(stored).toEqual([["input-0"]]);
    for (let n = 1; n <= 3; n++) await pipeline.add(input(n, 50));
    expect(stored).toHaveLength(1);
    finishGroup(0);
    await nextTurn();
    expect(stored).toEqual([["input-0"], ["input-1", "input-2", "input-3"]]);
    const finished = pipeline.finish();
    finishGroup(1);
    await finished;
    expect(stored).toHaveLength(2);
  });

  it("gathers inputs of a few items each until a group is worth its statements, and sends the rest at the end", async () => {
    const { stored, store, finishGroup } = heldStore();
    const pipeline = new GroupPipeline(store);
    for (let n = 0; n < 99; n++) await pipeline.add(input(n, 1));
    expect(stored).toEqual([]);
    await pipeline.add(input(99, 1));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toHaveLength(100);
    for (let n = 100; n < 110; n++) await pipeline.add(input(n, 1));
    finishGroup(0);
    await nextTurn();
    expect(stored).toHaveLength(1);
    const finished = pipeline.finish();
    await nextTurn();
    expect(stored[1]).toHaveLength(10);
    finishGroup(1);
    await finished;
  });

  it("holds the caller back once a full group waits for the busy store", async () => {
    const { stored, store, finishGroup } = heldStore();
    const pipeline = new GroupPipeline(store);
    await pipeline.add(input(0, 100));
    for (let n = 1; n < 100; n++) await pipeline.add(input(n));
    let added = false;
    const hundredth = pipeline.add(input(100)).then(() => (added = true));
    await nextTurn();
    expect(added).toBe(false);
    finishGroup(0);
    await hundredth;
    expect(stored[1]).toHaveLength(100);
    const finished = pipeline.finish();
    finishGroup(1);
    await finished;
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
