import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../packages/ingest/fixtures/fact-checks/${name}`, import.meta.url));

const database = useTestDatabase();

/** Runs `tekser import fact-checks …` as a separate process, the way a desk's administrator would. */
async function tekserImport(...args: string[]) {
  return run(process.execPath, ["--import", "tsx", cliMain, "import", "fact-checks", ...args], {
    env: { ...process.env, DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.url },
  }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      exitCode: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe("[IMPORT][CLI] tekser import fact-checks", () => {
  it("imports a CSV through --map for its columns and labels, lists located errors, and imports nothing twice", async () => {
    const csv = fixture("desk-archive.csv");
    const first = await tekserImport(csv, "--map", "verdict=Оценка", "--map", "Скорее ложь=fake", "--json");
    expect(first.exitCode).toBe(0);
    const report = JSON.parse(first.stdout) as {
      imported: number;
      alreadyImported: number;
      rejected: number;
      files: { claims: { verdict: string }[]; errors: { location: string; message: string }[] }[];
    };
    expect(report).toMatchObject({ imported: 2, alreadyImported: 0, rejected: 2 });
    expect(report.files[0]?.claims.map((claim) => claim.verdict)).toEqual(["fake", "fake"]);
    expect(report.files[0]?.errors).toEqual([
      expect.objectContaining({ location: "record 3 (line 4)", message: '"когда-то осенью" is not a date' }),
      expect.objectContaining({
        location: "record 4 (line 5)",
        message: "no claim text (claimReviewed, or the claim's text)",
      }),
    ]);
    const again = await tekserImport(csv, "--map", "verdict=Оценка");
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("imported 0, already imported 2, rejected 2");
    expect(again.stdout).toContain(`error  ${csv} (record 3 (line 4)): "когда-то осенью" is not a date`);
  });

  it("refuses a --map that is neither a column nor a verdict, and a file it cannot read", async () => {
    const bad = await tekserImport(fixture("desk-archive.csv"), "--map", "Скорее ложь=probably");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('Bad --map "Скорее ложь=probably"');
    const missing = await tekserImport("/nonexistent/archive.json", fixture("saved-review-page.html"));
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toContain("imported 1, already imported 0, rejected 2");
    expect(missing.stdout).toContain("/nonexistent/archive.json: cannot be read");
  });
});
