/**
 * Fault trials (`pnpm bench:faults`): `tekser ingest` of a directory of channel posts is cut short
 * by kill -9, either of the CLI process or of PostgreSQL's postmaster, at a random moment after
 * its run began; the same command is run again to completion, as an operator would. After each
 * trial: posts lost, posts stored twice, runs left "running" after the interrupted-run sweep,
 * and whether the audit chain still verifies. Bounded: TRIALS_CLI and TRIALS_POSTGRES trials
 * (default 5 and 3) of POSTS posts each (default 600). The server's trials follow, in
 * apps/server/bench/server-faults.bench.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb, openDatabase, type Db, type OpenedDatabase } from "@tekser/db";
import { freePort } from "@tekser/db/testing";
import { verifyStoredChain } from "@tekser/domain/audit/audit-verify.ts";
import { markInterruptedRuns } from "@tekser/domain/ingest/ingest-run-liveness.ts";
import { postsDirectory, tekserIngest } from "../test/cli-ingest-process.ts";

const TRIALS_CLI = Number(process.env.TRIALS_CLI ?? 5);
const TRIALS_POSTGRES = Number(process.env.TRIALS_POSTGRES ?? 3);
const POSTS = Number(process.env.POSTS ?? 600);

interface TrialOutcome {
  trial: string;
  killedAfterMs: number;
  firstExit: string;
  storedBeforeRerun: number;
  lost: number;
  duplicates: number;
  unfinishedRuns: number;
  chainOk: boolean;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tekser-faults-"));
const port = await freePort();
let database: OpenedDatabase = await openDatabase({ dataDir, embeddedPort: port });
let db: Db = createDb(database.url);

/** The CLI shares the bench's embedded cluster (the same data directory), as it shares a running server's. */
function runIngest(dir: string) {
  return tekserIngest(dir, { dataDir, embeddedPort: port });
}

function postmasterPid(): number {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  return Number(readFileSync(pidFile, "utf8").split("\n")[0]);
}

/** PostgreSQL after a kill -9: its backends notice the postmaster is gone and exit; then it starts again. */
async function restartPostgres(): Promise<void> {
  await db.$disconnect().catch(() => {});
  await database.close().catch(() => {});
  for (let attempt = 1; ; attempt++) {
    try {
      database = await openDatabase({ dataDir, embeddedPort: port });
      db = createDb(database.url);
      return;
    } catch (error) {
      if (attempt >= 30) throw error;
      await sleep(1000);
    }
  }
}

async function storedPosts(prefix: string): Promise<{ items: number; distinct: number }> {
  const [row] = await db.$queryRaw<{ items: bigint; distinct: bigint }[]>`
    SELECT count(*) AS items, count(DISTINCT text) AS distinct FROM "Item" WHERE text LIKE ${`${prefix}%`}`;
  return { items: Number(row?.items ?? 0), distinct: Number(row?.distinct ?? 0) };
}

async function trial(
  name: string,
  index: number,
  kill: (child: ReturnType<typeof runIngest>) => void,
): Promise<TrialOutcome> {
  const prefix = `T${index}`;
  const dir = postsDirectory(POSTS, prefix);
  const runsBefore = await db.ingestRun.count();
  const started = Date.now();
  const first = runIngest(dir);
  let firstEnded = false;
  void first.exited.then(() => (firstEnded = true));
  // The kill falls anywhere in the run: once its row exists and a random share of the posts
  // (up to 80 %) is stored.
  const storedAtKill = Math.floor(Math.random() * 0.8 * POSTS);
  while ((await db.ingestRun.count()) === runsBefore || (await storedPosts(prefix)).items < storedAtKill) {
    if (firstEnded)
      throw new Error(`trial ${name} ${index}: tekser ingest ended before the kill: ${(await first.exited).stderr}`);
    await sleep(20);
  }
  const killedAfterMs = Date.now() - started;
  kill(first);
  const firstOutcome = await first.exited;
  if (name === "postgres") await restartPostgres();
  const storedBeforeRerun = (await storedPosts(prefix)).items;

  const second = await runIngest(dir).exited;
  if (second.code !== 0) throw new Error(`trial ${name} ${index}: the re-run exited ${second.code}: ${second.stderr}`);
  await markInterruptedRuns(db, { silentForMs: 0 });
  const stored = await storedPosts(prefix);
  const chain = await verifyStoredChain(db);
  rmSync(dir, { recursive: true, force: true });
  return {
    trial: `${name} ${index}`,
    killedAfterMs,
    firstExit: firstOutcome.signal ?? `exit ${firstOutcome.code}`,
    storedBeforeRerun,
    lost: POSTS - stored.distinct,
    duplicates: stored.items - stored.distinct,
    unfinishedRuns: await db.ingestRun.count({ where: { status: "running" } }),
    chainOk: chain.ok,
  };
}

const outcomes: TrialOutcome[] = [];
try {
  let index = 0;
  for (let i = 0; i < TRIALS_CLI; i++) {
    outcomes.push(await trial("cli", ++index, (run) => run.child.kill("SIGKILL")));
    console.log(outcomes.at(-1));
  }
  for (let i = 0; i < TRIALS_POSTGRES; i++) {
    outcomes.push(await trial("postgres", ++index, () => process.kill(postmasterPid(), "SIGKILL")));
    console.log(outcomes.at(-1));
  }
} finally {
  await db.$disconnect().catch(() => {});
  await database.close().catch(() => {});
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
}

const sum = (key: "lost" | "duplicates" | "unfinishedRuns") =>
  outcomes.reduce((total, outcome) => total + outcome[key], 0);
console.table(outcomes);
console.log(
  `fault trials: ${outcomes.length} (${TRIALS_CLI} kill -9 of tekser ingest, ${TRIALS_POSTGRES} kill -9 of PostgreSQL), ${POSTS} posts each\n` +
    `  posts lost: ${sum("lost")}\n  posts stored twice: ${sum("duplicates")}\n  runs left running after the sweep: ${sum("unfinishedRuns")}\n` +
    `  audit chain verifies after every trial: ${outcomes.every((outcome) => outcome.chainOk) ? "yes" : "NO"}`,
);
if (sum("lost") + sum("duplicates") + sum("unfinishedRuns") > 0 || !outcomes.every((outcome) => outcome.chainOk))
  process.exitCode = 1;
