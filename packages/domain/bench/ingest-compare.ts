/**
 * pnpm bench:ingest:compare [--against <commit>] [--pairs <n>]
 *
 * Runs `pnpm bench:ingest` of another commit and of this working tree in alternation, n pairs (3
 * by default), and prints each row's change of rate and the change within each pair. Without
 * --against it compares with 4338d80, the code before passage matching, against which ingest's
 * rates may fall by at most 15 % (docs/ingest.md). The other commit is checked out in a temporary
 * git worktree and installed there (pnpm's store makes that a matter of links), then removed.
 * BENCH_ITEMS, BENCH_PAGES and BENCH_DIR_MB reach both runs.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareRates, formatComparison, readIngestRates, type IngestRates } from "./ingest-rates.ts";

const BEFORE_PASSAGE_MATCHING = "4338d80";
const BUDGET = 0.15;
const BENCH_FILE = "bench/ingest-bench.ts";

function parseArgs(argv: string[]): { against: string; pairs: number } {
  let against = BEFORE_PASSAGE_MATCHING;
  let pairs = 3;
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--against" && value) [against, i] = [value, i + 1];
    else if (flag === "--pairs" && value && /^[1-9][0-9]*$/.test(value)) [pairs, i] = [Number(value), i + 1];
    else fail(`Unknown or incomplete argument "${flag}": use --against <commit> and --pairs <a whole number from 1>`);
  }
  return { against, pairs };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${String(result.stderr).slice(-2000)}`,
    );
  return String(result.stdout);
}

/** pnpm as the running script was started with it, else the one on the PATH. */
function pnpm(args: string[], cwd: string): void {
  const execPath = process.env.npm_execpath;
  const [command, commandArgs] = execPath?.endsWith("js") ? [process.execPath, [execPath, ...args]] : ["pnpm", args];
  run(command, commandArgs, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

/** The package directory holding the ingest benchmark in a checkout (it has moved between packages). */
function benchPackage(checkout: string): string {
  const [benchPath] = run("git", ["-C", checkout, "ls-files", `*${BENCH_FILE}`])
    .split("\n")
    .filter(Boolean);
  if (!benchPath) throw new Error(`The checkout at ${checkout} has no ${BENCH_FILE}`);
  return path.join(checkout, path.dirname(path.dirname(benchPath)));
}

function benchRates(packageDir: string, label: string): IngestRates {
  const started = Date.now();
  const output = run(process.execPath, ["--import", "tsx", BENCH_FILE], { cwd: packageDir });
  console.error(`  ${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return readIngestRates(output);
}

const { against, pairs } = parseArgs(process.argv.slice(2));
const repo = run("git", ["-C", path.dirname(fileURLToPath(import.meta.url)), "rev-parse", "--show-toplevel"]).trim();
const commit = spawnSync("git", ["-C", repo, "rev-parse", "--verify", "--quiet", `${against}^{commit}`], {
  encoding: "utf8",
});
if (commit.status !== 0) fail(`--against ${against}: no such commit in ${repo}`);

const checkout = mkdtempSync(path.join(os.tmpdir(), "tekser-bench-against-"));
try {
  console.error(`Checking out ${against} in ${checkout} and installing it…`);
  run("git", ["-C", repo, "worktree", "add", "--detach", checkout, commit.stdout.trim()]);
  pnpm(["install", "--frozen-lockfile"], checkout);
  const [beforeDir, afterDir] = [benchPackage(checkout), benchPackage(repo)];
  const before: IngestRates[] = [];
  const after: IngestRates[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    console.error(`Pair ${pair} of ${pairs}:`);
    before.push(benchRates(beforeDir, against));
    after.push(benchRates(afterDir, "this tree"));
  }
  console.log(
    `bench:ingest, ${against} (before) against this tree (after), ${pairs} alternating pair${pairs === 1 ? "" : "s"}:\n`,
  );
  console.log(formatComparison(compareRates(before, after), BUDGET));
} finally {
  spawnSync("git", ["-C", repo, "worktree", "remove", "--force", checkout]);
  rmSync(checkout, { recursive: true, force: true });
}
