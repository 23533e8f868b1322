import { SingleBar } from "cli-progress";

export interface Progress {
  tick(name: string): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on stderr for runs of several inputs, only when stderr is a terminal, so
 * `--json` output and logs piped elsewhere stay clean.
 */
export function startProgress(total: number): Progress {
  if (!process.stderr.isTTY || total < 2) return SILENT;
  const bar = new SingleBar({
    stream: process.stderr,
    format: "ingest [{bar}] {value}/{total} inputs | {eta_formatted} left | {name}",
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { name: "" });
  return {
    tick: (name) => bar.increment(1, { name: name.length > 40 ? `…${name.slice(-39)}` : name }),
    stop: () => bar.stop(),
  };
}

/** Passes inputs through, ticking the bar as each one is handed on. */
export async function* withProgress<T extends { name: string }>(inputs: AsyncIterable<T>, progress: Progress): AsyncGenerator<T> {
  for await (const input of inputs) {
    yield input;
    progress.tick(input.name);
  }
}
