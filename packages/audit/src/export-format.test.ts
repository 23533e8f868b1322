import { describe, expect, it } from "vitest";
import { exportEventLine, exportHeaderLine, verifyExportLines } from "./export-format.ts";
import { buildChain } from "./test-chain.ts";
import type { StoredEvent } from "./verify.ts";

function exportLines(events: StoredEvent[], complete: boolean): string[] {
  const text =
    exportHeaderLine({
      complete,
      filters: complete ? {} : { action: "claim." },
      exportedAt: "2026-11-24T14:00:00.000Z",
    }) + events.map(exportEventLine).join("");
  return text.split("\n");
}

describe("audit export (JSON Lines) verified offline", () => {
  it("verifies a complete export as a chain, against a checkpoint too", async () => {
    const events = buildChain(6);
    expect(await verifyExportLines(exportLines(events, true), { seq: "5", hash: events[4]!.hash })).toMatchObject({
      ok: true,
      complete: true,
      checked: 6,
      checkpointMatched: true,
      head: { seq: "6" },
    });
  });

  it("finds a missing event in a complete export, and tolerates gaps in a filtered one", async () => {
    const events = buildChain(6);
    const subset = [events[0]!, events[2]!, events[3]!];
    expect((await verifyExportLines(exportLines(subset, true))).ok).toBe(false);
    expect(await verifyExportLines(exportLines(subset, false))).toMatchObject({
      ok: true,
      complete: false,
      checked: 3,
    });
  });

  it("locates an edited line", async () => {
    const lines = exportLines(buildChain(4), false);
    lines[3] = lines[3]!.replace('"verdict":"fake"', '"verdict":"verified"');
    expect(await verifyExportLines(lines)).toMatchObject({ ok: false, firstBreak: { seq: "3", problem: "altered" } });
  });

  it("reports an unreadable line with its number", async () => {
    const lines = exportLines(buildChain(3), true);
    lines[2] = "{ not json";
    expect(await verifyExportLines(lines)).toEqual({
      ok: false,
      unreadable: { line: 3, message: expect.stringMatching(/^not JSON/) as string },
    });
    expect(await verifyExportLines(['{"format":"csv"}'])).toMatchObject({ unreadable: { line: 1 } });
  });
});
