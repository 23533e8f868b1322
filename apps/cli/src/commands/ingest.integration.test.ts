import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ZIngestReport } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { fixturePath } from "@tekser/fixtures";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;
const seedPage = fixturePath("qazaq24-article-page.txt");

const database = useTestDatabase();

/** Runs `tekser ingest … --json` as a separate process, the way other tools call it. */
async function tekserIngest(...paths: string[]) {
  const result = await run(process.execPath, ["--import", "tsx", cliMain, "ingest", ...paths, "--json"], {
    env: { ...process.env, DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.url },
  }).then(
    ({ stdout }) => ({ exitCode: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ exitCode: error.code, stdout: error.stdout }),
  );
  return { exitCode: result.exitCode, report: ZIngestReport.parse(JSON.parse(result.stdout)) };
}

describe("[INGEST][CLI] tekser ingest --json", () => {
  it("prints the seed page's fields, then reports the same page as a duplicate", async () => {
    const first = await tekserIngest(seedPage);
    expect(first.exitCode).toBe(0);
    expect(first.report.rejected).toBe(0);
    const article = first.report.items.find((item) => item.kind === "article");
    expect(article).toEqual(
      expect.objectContaining({
        title: "Ақпараттық штаб жұмысын бастады",
        lang: "kk",
        author: "Алтынай БАУЫРЖАНҚЫЗЫ",
        views: 99,
        source: "qazaq24.com",
        originalSource: "aikyn.kz",
        archivedAt: "2026-03-13T22:59:00.000Z",
      }),
    );
    const headlines = first.report.items.filter((item) => item.kind === "headline");
    expect(headlines).toHaveLength(20);
    expect(headlines[0]).toMatchObject({
      title: "Шалқардың шырайы кірді",
      publishedAt: "2026-03-12T05:29:00.000Z",
      views: 161,
    });

    const second = await tekserIngest(seedPage);
    expect(second.report).toMatchObject({ accepted: 0, duplicates: first.report.accepted, rejected: 0 });
    expect(second.report.items.find((item) => item.kind === "article")?.id).toBe(article?.id);
    expect(await database.db.item.count()).toBe(first.report.accepted);
  });

  it("lists a rejected input with its location and still exits 0; a missing file exits 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-"));
    const junk = path.join(dir, "junk.bin");
    writeFileSync(junk, Buffer.from([0x00, 0xff, 0x13, 0x00, 0x88, 0x00, 0x01, 0x02]));
    const rejected = await tekserIngest(junk);
    expect(rejected.exitCode).toBe(0);
    expect(rejected.report.errors).toEqual([
      expect.objectContaining({ input: junk, location: expect.stringMatching(/byte|character/) }),
    ]);
    expect(await database.db.ingestError.count({ where: { input: junk } })).toBe(1);

    const missing = await tekserIngest(path.join(dir, "no-such-page.txt"), junk);
    expect(missing.exitCode).toBe(2);
    expect(missing.report.errors.map((error) => error.message)).toContain("No such file or directory");
  });
});
