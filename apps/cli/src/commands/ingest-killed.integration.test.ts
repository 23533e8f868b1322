import { useTestDatabase } from "@tekser/db/vitest";
import { markInterruptedRuns } from "@tekser/domain/ingest/ingest-run-liveness.ts";
import { describe, expect, it } from "vitest";
import { postsDirectory, tekserIngest } from "../../test/cli-ingest-process.ts";

const database = useTestDatabase();
const POSTS = 1_000;

describe("[INGEST][CLI] tekser ingest killed mid-run", () => {
  it("leaves a run that the sweep marks interrupted with what it stored; a second run stores every post once and finishes", async () => {
    const dir = postsDirectory(POSTS);
    const env = { databaseUrl: database.appUrl, migrationDatabaseUrl: database.url };
    const first = tekserIngest(dir, env);
    // Killed once it has stored something: no handler of the process runs.
    for (;;) {
      if ((await database.db.item.count()) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");

    const [run] = await database.db.ingestRun.findMany({ select: { id: true, status: true } });
    expect(run).toMatchObject({ status: "running" });
    expect(await markInterruptedRuns(database.db, { silentForMs: 0 })).toEqual([run?.id]);
    const stored = await database.db.item.count();
    expect(stored).toBeLessThan(POSTS);
    expect(await database.db.ingestRun.findUniqueOrThrow({ where: { id: run?.id } })).toMatchObject({
      status: "interrupted",
      accepted: stored,
    });

    const second = await tekserIngest(dir, env).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(await database.db.item.count()).toBe(POSTS);
    expect(await database.db.ingestRun.count({ where: { status: "finished" } })).toBe(1);
  }, 300_000);
});
