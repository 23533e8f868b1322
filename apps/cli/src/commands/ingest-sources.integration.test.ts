import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ZIngestReport } from "@tekser/contracts";
import { useTestDatabase } from "@tekser/db/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cliMain = new URL("../main.ts", import.meta.url).pathname;
const formats = new URL("../../../../packages/ingest/fixtures/formats/", import.meta.url).pathname;
const database = useTestDatabase();

async function tekser(...args: string[]) {
  const result = await run(process.execPath, ["--import", "tsx", cliMain, "ingest", ...args, "--json"], {
    env: { ...process.env, DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.url },
  }).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      exitCode: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
  return { ...result, report: result.stdout ? ZIngestReport.parse(JSON.parse(result.stdout)) : null };
}

// A windows-1251 feed whose charset only the HTTP header declares (no XML prolog).
const cp1251Feed = Buffer.from(
  '<rss version="2.0"><channel><link>https://ekaraganda.kz/</link><item><title>\xc2 \xca\xe0\xf0\xe0\xe3\xe0\xed\xe4\xe5 \xf1\xed\xe5\xe3</title><link>https://ekaraganda.kz/news/7</link><description>\xc2 \xca\xe0\xf0\xe0\xe3\xe0\xed\xe4\xe5 \xe2\xfb\xef\xe0\xeb \xf1\xed\xe5\xe3.</description></item></channel></rss>',
  "latin1",
);

describe("[INGEST][CLI] directories, URLs and --format", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/feed") {
        response.writeHead(200, { "content-type": "application/rss+xml; charset=windows-1251" });
        response.end(cp1251Feed);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("walks a directory recursively, fetches URLs with their declared charset, and reports a 404", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-dir-"));
    mkdirSync(path.join(dir, "social", "vk"), { recursive: true });
    copyFileSync(path.join(formats, "rss2-kk.rss"), path.join(dir, "rss2-kk.rss"));
    copyFileSync(path.join(formats, "x-api-v2-tweets.json"), path.join(dir, "social", "tweets.json"));
    copyFileSync(path.join(formats, "vk-wall-get.json"), path.join(dir, "social", "vk", "wall.json"));

    const result = await tekser(dir, `${base}/feed`, `${base}/missing`);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe("");
    const report = result.report;
    expect(report?.accepted).toBe(2 + 3 + 2 + 1);
    expect(report?.items.find((i) => i.url === "https://ekaraganda.kz/news/7")).toMatchObject({
      title: "В Караганде снег",
      lang: "ru",
    });
    expect(report?.errors).toContainEqual({
      input: `${base}/missing`,
      location: "file",
      message: "could not fetch: HTTP 404 Not Found",
    });
    expect(report?.errors).toContainEqual(
      expect.objectContaining({ input: path.join(dir, "social", "vk", "wall.json"), location: "$.response.items[2]" }),
    );
  });

  it("--format and --map read a CSV saved under another name; bad flags exit 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-csv-"));
    const file = path.join(dir, "export.txt");
    writeFileSync(file, "Caption;Post Link\nАстанада жаңа саябақ ашылды;https://www.instagram.com/p/XYZ/\n");
    const result = await tekser(file, "--format", "csv", "--map", "text=Caption", "--map", "url=Post Link");
    expect(result.exitCode).toBe(0);
    expect(result.report?.items[0]).toMatchObject({
      source: "instagram.com",
      url: "https://www.instagram.com/p/XYZ/",
      lang: "kk",
    });

    const bad = await tekser(file, "--format", "pdf");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/Unknown --format "pdf"/);
  });
});
