import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { startCuttableProxy } from "../../test/cuttable-proxy.ts";

const cliMain = new URL("../main.ts", import.meta.url).pathname;
const database = useTestDatabase();
const POSTS = 3_000;

/** A directory of channel posts, one a file, each with text of its own. */
function postsDirectory(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tekser-cli-lost-"));
  for (let id = 1; id <= POSTS; id++) {
    const post = { update_id: id, channel_post: { message_id: id, chat: { id: -1001712345678, type: "channel" }, date: 1773459000, text: `Павлодарда ${id}-ші көпір ашылды, деп хабарлады әкімдік.` } };
    writeFileSync(path.join(dir, `${String(id).padStart(5, "0")}.json`), JSON.stringify(post));
  }
  return dir;
}

function tekserIngest(dir: string, databaseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", cliMain, "ingest", dir], {
    env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: database.url },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { exited };
}

describe("[INGEST][CLI] the database goes away during tekser ingest", () => {
  it("exits 2 with a report of what happened, and a second run stores every post once", async () => {
    const dir = postsDirectory();
    const proxy = await startCuttableProxy(database.appUrl);
    const first = tekserIngest(dir, proxy.urlFor(database.appUrl));
    // Cut once the run has begun storing: its run row exists.
    for (;;) {
      if ((await database.db.ingestRun.count()) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await proxy.cut();
    const outcome = await first.exited;

    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/lost the database connection/);
    expect(outcome.stderr).toMatch(/run the same command again/);
    expect(await database.db.item.count()).toBeLessThan(POSTS);

    const second = await tekserIngest(dir, database.appUrl).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(await database.db.item.count()).toBe(POSTS);
  }, 300_000);
});
