import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { postsDirectory, tekserIngest } from "../../test/cli-ingest-process.ts";
import { startCuttableProxy } from "../../test/cuttable-proxy.ts";

const database = useTestDatabase();
const POSTS = 3_000;

describe("[INGEST][CLI] the database goes away during tekser ingest", () => {
  it("exits 2 with a report of what happened, and a second run stores every post once", async () => {
    const dir = postsDirectory(POSTS);
    const proxy = await startCuttableProxy(database.appUrl);
    const first = tekserIngest(dir, { databaseUrl: proxy.urlFor(database.appUrl), migrationDatabaseUrl: database.url });
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

    const second = await tekserIngest(dir, { databaseUrl: database.appUrl, migrationDatabaseUrl: database.url }).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(await database.db.item.count()).toBe(POSTS);
  }, 300_000);
});
