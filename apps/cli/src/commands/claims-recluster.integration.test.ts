import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;

const database = useTestDatabase();

/** Runs `tekser claims recluster …` as a separate process, the way a desk's administrator would. */
async function tekserRecluster(...args: string[]) {
  return run(process.execPath, ["--import", "tsx", cliMain, "claims", "recluster", ...args], {
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

describe("[CLAIMS][CLI] tekser claims recluster", () => {
  it("reports a dry run as changing nothing, in text and in JSON", async () => {
    const text = await tekserRecluster("--dry-run");
    expect(text).toMatchObject({ exitCode: 0 });
    expect(text.stdout).toContain("Dry run: nothing was changed. examined 0 items");
    const json = await tekserRecluster("--dry-run", "--json", "--since", "2026-03-01");
    expect(JSON.parse(json.stdout)).toEqual({
      dryRun: true,
      examined: 0,
      kept: 0,
      moves: [],
      newClaims: [],
      mergedClaims: [],
    });
  });

  it("refuses a --since that is not a date, naming it", async () => {
    const result = await tekserRecluster("--since", "last week");
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--since: "last week" is not a date');
  });
});
