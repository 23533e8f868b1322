import { SingleBar } from "cli-progress";

export interface Progress {
  tick(name: string, bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };
const MB = 1024 * 1024;
/** Runs shorter than this finish before a bar is worth drawing. */
const MIN_BAR_BYTES = 8 * MB;

/**
 * A progress bar on stderr, in megabytes read, only when stderr is a terminal, so `--json`
 * output and logs piped elsewhere stay clean. Counted in bytes, a directory of small files and
 * one large export streamed in parts move the bar alike; a fetched URL adds its size when read.
 */
export function startProgress(totalBytes: number): Progress {
  if (!process.stderr.isTTY || totalBytes < MIN_BAR_BYTES) return SILENT;
  const bar = new SingleBar({
    stream: process.stderr,
    format: "ingest [{bar}] {value}/{total} MB | {eta_formatted} left | {name}",
    hideCursor: true,
    clearOnComplete: true,
  });
  let total = totalBytes;
  let done = 0;
  bar.start(Math.ceil(total / MB), 0, { name: "" });
  return {
    tick: (name, bytes) => {
      // A part repeats its file's head, so parts add up to a little more than the file.
      if (done + bytes > total) {
        total = done + bytes;
        bar.setTotal(Math.ceil(total / MB));
      }
      done += bytes;
      bar.update(Math.floor(done / MB), { name: name.length > 40 ? `…${name.slice(-39)}` : name });
    },
    stop: () => bar.stop(),
  };
}

/** Passes inputs through, moving the bar by each one's size as it is handed on. */
export async function* withProgress<T extends { name: string; bytes: Uint8Array }>(
  inputs: AsyncIterable<T>,
  progress: Progress,
): AsyncGenerator<T> {
  for await (const input of inputs) {
    yield input;
    progress.tick(input.name, input.bytes.length);
  }
}
