import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { IngestInput } from "@tekser/domain/ingest/ingest.ts";
import { MAX_INGEST_INPUT_BYTES } from "@tekser/contracts";
import {
  CsvRecordSplitter,
  JsonArraySplitter,
  partDocument,
  telegramPreviewUrl,
  type ArrayPart,
  type CsvPart,
} from "@tekser/ingest";

export interface UnreadableInput {
  input: string;
  message: string;
}

/** Larger files are refused rather than loaded: one input is parsed in memory at a time. */
const MAX_INPUT_BYTES = MAX_INGEST_INPUT_BYTES;
/**
 * A larger CSV file, or JSON file whose top-level `messages` array opens early (a Telegram
 * Desktop channel export), is read as a stream and ingested a part at a time, whatever its size.
 */
const SPLIT_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * Expands files, directories (recursively, in name order) and http(s) URLs into ingest inputs,
 * reading one at a time so a large directory never sits in memory; inputs that cannot be read
 * are reported through `onUnreadable`.
 */
export async function* readInputs(
  paths: string[],
  onUnreadable: (problem: UnreadableInput) => void,
  splitBytes = SPLIT_BYTES,
): AsyncGenerator<IngestInput> {
  for (const inputPath of paths) {
    if (isUrl(inputPath)) {
      const fetched = await fetchInput(inputPath).catch((error: unknown) => {
        onUnreadable({ input: inputPath, message: describeFetchError(error) });
        return null;
      });
      if (fetched) yield fetched;
      continue;
    }
    let info;
    try {
      info = await stat(inputPath);
    } catch (error) {
      onUnreadable({ input: inputPath, message: describeIoError(error) });
      continue;
    }
    if (info.isDirectory()) {
      yield* readInputs(await directoryEntries(inputPath), onUnreadable, splitBytes);
      continue;
    }
    const splitter = info.size > splitBytes ? partSplitter(inputPath) : null;
    if (splitter) {
      try {
        if (yield* streamedParts(inputPath, splitter)) continue;
      } catch (error) {
        onUnreadable({ input: inputPath, message: describeIoError(error) });
        continue;
      }
    }
    if (info.size > MAX_INPUT_BYTES) {
      onUnreadable({
        input: inputPath,
        message: `file too large (${megabytes(info.size)} MB; the limit is ${megabytes(MAX_INPUT_BYTES)} MB): split it`,
      });
      continue;
    }
    try {
      yield { name: inputPath, bytes: await readFile(inputPath) };
    } catch (error) {
      onUnreadable({ input: inputPath, message: describeIoError(error) });
    }
  }
}

/** Cuts a streamed file into inputs; `gaveUp` when the file turns out not to be splittable. */
interface PartSplitter {
  push(chunk: Uint8Array): IngestInput[];
  end(): IngestInput[];
  readonly gaveUp: boolean;
}

/**
 * The splitter for a large file, by its name: a Telegram export's messages (the export's head
 * with a run of its messages byte for byte) or a CSV file's records (the header line with a run
 * of records). Parts are named after the file and their range, e.g.
 * `result.json#messages[1000..1999]`; locations inside a part count from its first element.
 */
function partSplitter(file: string): PartSplitter | null {
  if (/\.json$/i.test(file)) {
    const splitter = new JsonArraySplitter("messages");
    const toInput = (part: ArrayPart): IngestInput => ({
      name: `${file}#messages[${part.first}..${part.first + part.elements.length - 1}]`,
      bytes: partDocument("messages", part),
    });
    return {
      push: (chunk) => splitter.push(chunk).map(toInput),
      end: () => splitter.end().map(toInput),
      get gaveUp() {
        return splitter.gaveUp;
      },
    };
  }
  if (/\.(?:csv|tsv)$/i.test(file)) {
    const splitter = new CsvRecordSplitter();
    const toInput = (part: CsvPart): IngestInput => ({
      name: `${file}#records[${part.first}..${part.first + part.count - 1}]`,
      bytes: part.bytes,
    });
    return {
      push: (chunk) => splitter.push(chunk).map(toInput),
      end: () => splitter.end().map(toInput),
      gaveUp: false,
    };
  }
  return null;
}

/** Streams the file through the splitter; false, having yielded nothing, when it gave up. */
async function* streamedParts(file: string, splitter: PartSplitter): AsyncGenerator<IngestInput, boolean> {
  let yielded = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (const input of splitter.push(chunk)) {
      yielded = true;
      yield input;
    }
    if (splitter.gaveUp) return false;
  }
  for (const input of splitter.end()) {
    yielded = true;
    yield input;
  }
  return yielded;
}

/** The bytes of the files `paths` expands to, for the progress bar (sizes only, no reads; URLs count when fetched). */
export async function measureInputs(paths: string[]): Promise<number> {
  let total = 0;
  for (const inputPath of paths) {
    if (isUrl(inputPath)) continue;
    const info = await stat(inputPath).catch(() => null);
    total += info?.isDirectory() ? await measureInputs(await directoryEntries(inputPath)) : (info?.size ?? 0);
  }
  return total;
}

async function directoryEntries(dir: string): Promise<string[]> {
  const entries = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  return entries.map((name) => path.join(dir, name));
}

async function fetchInput(url: string): Promise<IngestInput> {
  const response = await fetch(telegramPreviewUrl(url), {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { "user-agent": "Tekser ingest" },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const length = Number(response.headers.get("content-length") ?? 0);
  if (length > MAX_INPUT_BYTES) throw new Error(`response too large (${megabytes(length)} MB)`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(response.headers.get("content-type") ?? "")?.[1] ?? null;
  return { name: response.url || url, bytes, charset };
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  if (cause === "ECONNREFUSED") return "connection refused";
  if (cause === "ENOTFOUND") return "host not found";
  return error instanceof Error ? `could not fetch: ${error.message}` : String(error);
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "No such file or directory";
  if (code === "EACCES") return "Permission denied";
  return error instanceof Error ? error.message : String(error);
}
