import { describe, expect, it } from "vitest";
import { acquireShared } from "./shared-per-process.ts";

/** A resource that records how often it was started and stopped. */
function counted() {
  const counts = { started: 0, stopped: 0 };
  const start = async () => {
    counts.started++;
    return { id: counts.started, stop: async () => void counts.stopped++ };
  };
  return { counts, start };
}

describe("acquireShared: one resource per process for every vitest project", () => {
  it("starts once for concurrent callers and hands each the same resource", async () => {
    const { counts, start } = counted();
    const [first, second] = await Promise.all([
      acquireShared("test.concurrent", start),
      acquireShared("test.concurrent", start),
    ]);
    expect(counts.started).toBe(1);
    expect(second.resource).toBe(first.resource);
    await first.release();
    await second.release();
  });

  it("stops only when the last holder releases it, once, and starts afresh afterwards", async () => {
    const { counts, start } = counted();
    const first = await acquireShared("test.release", start);
    const second = await acquireShared("test.release", start);
    await first.release();
    await first.release();
    expect(counts.stopped).toBe(0);
    await second.release();
    expect(counts.stopped).toBe(1);
    const again = await acquireShared("test.release", start);
    expect(again.resource.id).toBe(2);
    await again.release();
  });

  it("lets a failed start be retried", async () => {
    let attempts = 0;
    const start = async () => {
      if (++attempts === 1) throw new Error("port taken");
      return { stop: async () => undefined };
    };
    await expect(acquireShared("test.failure", start)).rejects.toThrow("port taken");
    const retried = await acquireShared("test.failure", start);
    expect(attempts).toBe(2);
    await retried.release();
  });
});
