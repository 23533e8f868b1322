import { readFileSync } from "node:fs";
import { MAX_ARCHIVE_UPLOAD_BYTES } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../harness.ts";

const FIXTURES = new URL("../../../ingest/fixtures/fact-checks/", import.meta.url);
const content = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");

describe("[IMPORT][ROUTER] the archive import from the dashboard", () => {
  const database = useTestDatabase();

  it("previews a CSV with its mapped verdicts and located errors, changing nothing, then imports it; the claim lists its imported notice", async () => {
    const { db } = database;
    const editor = await loggedIn(db, "editor");
    const input = {
      name: "desk-archive.csv",
      content: content("desk-archive.csv"),
      columnMap: { verdict: "Оценка" },
      labelMap: { "Скорее ложь": "fake" as const },
    };
    const preview = await editor.caller.archiveImport.preview(input);
    expect(preview).toMatchObject({ format: "csv", total: 2, alreadyImported: 0 });
    expect(preview.records.map((r) => [r.location, r.label, r.verdict, r.alreadyImported])).toEqual([
      ["record 1 (line 2)", "Скорее ложь", "fake", false],
      ["record 2 (line 3)", "Жалған", "fake", false],
    ]);
    expect(preview.errors.map((e) => [e.location, e.code, e.value])).toEqual([
      ["record 3 (line 4)", "badDate", "когда-то осенью"],
      ["record 4 (line 5)", "missingClaimText", null],
    ]);
    expect(await db.claim.count()).toBe(0);

    const report = await editor.caller.archiveImport.run(input);
    expect(report).toMatchObject({ imported: 2, rejected: 2 });
    const again = await editor.caller.archiveImport.preview(input);
    expect(again.records.map((r) => r.alreadyImported)).toEqual([true, true]);

    const notices = await editor.caller.archiveImport.claimNotices({ id: report.claims[0]?.claimId as string });
    expect(notices).toEqual([
      expect.objectContaining({
        label: "Скорее ложь",
        verdict: "fake",
        reviewUrl: "https://desk.example.kz/checks/4-day-week",
        reviewedAt: "2025-09-30T19:00:00.000Z",
        publisher: null,
      }),
    ]);
  });

  it("lets only the roles the permission table names import", async () => {
    const { db } = database;
    const input = { name: "a.json", content: content("fact-check-tools.json") };
    for (const role of ["reviewer", "auditor"] as const) {
      const { caller } = await loggedIn(db, role);
      expect(await refusal(caller.archiveImport.preview(input))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(caller.archiveImport.run(input))).toMatchObject({ code: "FORBIDDEN" });
    }
    const admin = await loggedIn(db, "admin");
    expect(await admin.caller.archiveImport.run(input)).toMatchObject({ imported: 3 });
    // Past the server's body limit an archive goes through the CLI: the contract says so before the server would.
    expect(
      await refusal(
        admin.caller.archiveImport.preview({ name: "big.json", content: "x".repeat(MAX_ARCHIVE_UPLOAD_BYTES + 1) }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });
});
