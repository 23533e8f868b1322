import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { freePort } from "./testing.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-embedded-killed-"));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 AS one")).rows[0]?.one === 1;
  } finally {
    await client.end();
  }
}

describe("[DB][EMBEDDED] the embedded PostgreSQL killed with kill -9", () => {
  it("stops without waiting for an exit that already happened, and starts again on the same data", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(await answers(first.url)).toBe(true);

    const postmaster = Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    while (isAlive(postmaster)) await new Promise((resolve) => setTimeout(resolve, 50));
    await first.stop();

    // Its backends notice the postmaster is gone and leave; until then the cluster refuses to start.
    let again: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
    for (let attempt = 1; again === null; attempt++) {
      again = await startEmbeddedPostgres({ dataDir, port }).catch((error: unknown) => {
        if (attempt >= 30) throw error;
        return new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000));
      });
    }
    expect(await answers(again.url)).toBe(true);
    await again.stop();
  }, 120_000);
});
