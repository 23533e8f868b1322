/**
 * Prints, after both end-to-end runs, each spec that failed or passed only on a retry, from the
 * runs' JSON reports (scripts/e2e.sh). The list reporter prints a failure where it happens, which
 * a long second run then pushes out of the last lines a CI log keeps.
 */
import { existsSync, readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

interface Report {
  suites?: Suite[];
  errors?: { message?: string }[];
}
interface Suite {
  suites?: Suite[];
  specs?: { title: string; file: string; line: number; tests: { status: string; results: Result[] }[] }[];
}
interface Result {
  status: string;
  error?: { message?: string };
}

const ERROR_LINES = 12;

function* specs(suites: Suite[] = []): Generator<NonNullable<Suite["specs"]>[number]> {
  for (const suite of suites) {
    yield* suite.specs ?? [];
    yield* specs(suite.suites);
  }
}

function firstLines(message = ""): string {
  return stripVTControlCharacters(message).split("\n").slice(0, ERROR_LINES).join("\n    ");
}

let failures = 0;
for (const reportPath of process.argv.slice(2)) {
  if (!existsSync(reportPath)) {
    console.log(`${reportPath}: no report (the run did not start)`);
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
  for (const error of report.errors ?? []) {
    failures += 1;
    console.log(`${reportPath}: ${firstLines(error.message)}`);
  }
  for (const spec of specs(report.suites)) {
    for (const test of spec.tests) {
      if (test.status !== "unexpected" && test.status !== "flaky") continue;
      if (test.status === "unexpected") failures += 1;
      const failed = test.results.find((result) => result.status !== "passed" && result.status !== "skipped");
      const verdict = test.status === "flaky" ? "passed on a retry" : "FAILED";
      console.log(`${verdict}: ${spec.file}:${spec.line} › ${spec.title}\n    ${firstLines(failed?.error?.message)}`);
    }
  }
}
if (failures === 0) console.log("end-to-end: nothing failed");
