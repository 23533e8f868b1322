import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR } from "@tekser/domain/audit/audit-log.ts";
import { ingestInputs, type IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { largeHostileFiles, smallHostileFiles } from "../test/hostile-corpus.ts";
import { readInputs, type UnreadableInput } from "./inputs.ts";

const database = useTestDatabase();
const fetchedAt = new Date("2026-03-14T12:00:00Z");
// A fixed seed, so every run tries the same files; change it to explore others.
const CORPUS_SEED = 20_261_204;

describe("[INGEST][CLI] a directory of hostile files", () => {
  it("ends every file with items or a located error, none stopped at its deadline, the run going on past each bad file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-hostile-"));
    const files = [...smallHostileFiles(CORPUS_SEED, 1_000), ...largeHostileFiles()];
    for (const file of files) writeFileSync(path.join(dir, file.name), file.content);

    const unreadable: UnreadableInput[] = [];
    const names: string[] = [];
    async function* walked(): AsyncGenerator<IngestInput> {
      for await (const input of readInputs([dir], (problem) => unreadable.push(problem))) {
        names.push(input.name);
        yield input;
      }
    }
    // The default per-input deadline (20 s + 2 s per megabyte): the supervisor stops an input
    // past it with a "took longer" refusal, which this test counts as a failure.
    const report = await ingestInputs(database.db, SYSTEM_ACTOR, "cli", walked(), { fetchedAt, listItems: false });

    expect(unreadable).toEqual([]);
    for (const error of report.errors) {
      expect(error.location.trim(), `${error.input}: ${error.message}`).not.toBe("");
      expect(error.message, error.input).not.toMatch(/^parsing took longer than/);
    }
    // Each file's items are its own (see smallHostileFiles), so a file that brought items has new ones.
    const stored = await database.db.rawDocument.findMany({
      where: { runId: report.runId },
      select: { inputName: true, _count: { select: { items: true, versions: true } } },
    });
    const withItems = stored
      .filter(({ _count }) => _count.items + _count.versions > 0)
      .map(({ inputName }) => inputName);
    const accountedFor = new Set([...report.errors.map(({ input }) => input), ...withItems]);
    const silent = names.filter((name) => !accountedFor.has(name));
    expect(silent).toEqual([]);
    // Every file was read (the 40 MB CSV as parts), and the good parts of the damaged ones were kept.
    for (const file of files)
      expect(
        names.some((name) => name.startsWith(path.join(dir, file.name))),
        file.name,
      ).toBe(true);
    expect(report.accepted).toBeGreaterThan(100);
  }, 1_800_000);
});
