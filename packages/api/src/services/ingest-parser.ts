import { Worker } from "node:worker_threads";
import type { CsvMapping, InputFormat, LocatedError } from "@tekser/ingest";
import type { PreparedInput } from "./ingest-documents.ts";
import { parseAndPrepare, type PreparedDocument } from "./ingest-prepare.ts";
import type { IngestInput, ParsedDocument } from "./ingest.ts";

/** How one run parses: the same for every input. */
export interface ParseSettings {
  fetchedAt: Date;
  format?: InputFormat;
  csvMapping?: CsvMapping;
}

/** An input parsed and prepared, or refused whole by its parser (a located error). */
export type ParseResult = { prepared: PreparedInput } | { refused: LocatedError };

export interface InputParser {
  parse(input: IngestInput): Promise<ParseResult>;
}

export type ParseRequest = ParseSettings & { id: number; name: string; bytes: Uint8Array; charset?: string | null };
export type ParseResponse = { id: number } & ({ document: PreparedDocument } | { refused: LocatedError } | { failed: string });

/**
 * Inputs parsed ahead of the one being stored, at most: enough to keep the parsing thread busy
 * while a group is stored (a few groups of feeds, a group of pages), little enough that the
 * parsed items waiting do not dominate memory (16 MB ahead peaked at 905 MB RSS in a 256 MB
 * directory run).
 */
const AHEAD_BYTES = 4 * 1024 * 1024;
const AHEAD_INPUTS = 100;

/**
 * Parses inputs on the parsing thread while the caller stores earlier ones, and yields the
 * results in input order. Parsing and preparing (text analysis) were most of the main thread's
 * work: on it, every reply of the storing transaction waited for the input being parsed.
 */
export async function* parsedInOrder(
  inputs: Iterable<IngestInput> | AsyncIterable<IngestInput>,
  parser: InputParser,
): AsyncGenerator<{ input: IngestInput; result: ParseResult }> {
  const ahead: { input: IngestInput; result: Promise<ParseResult> }[] = [];
  let aheadBytes = 0;
  const next = async () => {
    const { input, result } = ahead.shift() as (typeof ahead)[number];
    aheadBytes -= input.bytes.length;
    return { input, result: await result };
  };
  for await (const input of inputs) {
    const result = parser.parse(input);
    // Awaited in turn below; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    ahead.push({ input, result });
    aheadBytes += input.bytes.length;
    while (ahead.length > 0 && (aheadBytes > AHEAD_BYTES || ahead.length > AHEAD_INPUTS)) yield await next();
  }
  while (ahead.length > 0) yield await next();
}

/** Parses on the calling thread with a given function (tests that need a parser of their own). */
export function parserOn(parse: (input: IngestInput) => ParsedDocument): InputParser {
  return {
    parse: async (input) => {
      const result = parseAndPrepare(input.bytes, () => parse(input));
      return "refused" in result ? result : { prepared: { input, ...result.document } };
    },
  };
}

/** The parsing thread, with this run's settings. */
export function parserThread(settings: ParseSettings): InputParser {
  return { parse: (input) => sharedParseThread().parse(input, settings) };
}

let shared: ParseThread | null = null;

/** One parsing thread per process, started on first use and restarted if it ever stops. */
function sharedParseThread(): ParseThread {
  shared ??= new ParseThread((stopped) => {
    if (shared === stopped) shared = null;
  });
  return shared;
}

class ParseThread {
  private readonly worker = new Worker(new URL("./ingest-parse-worker.mjs", import.meta.url));
  private readonly pending = new Map<number, { resolve(result: ParseResult): void; reject(error: Error): void; input: IngestInput }>();
  private lastId = 0;

  constructor(onStop: (thread: ParseThread) => void) {
    // Kept alive only while it has work: an idle thread must not hold the process open.
    this.worker.unref();
    this.worker.on("message", (response: ParseResponse) => this.settle(response));
    const stop = (error: Error) => {
      onStop(this);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    this.worker.on("error", (error) => stop(new Error(`The parsing thread failed: ${error.message}`)));
    this.worker.on("exit", (code) => stop(new Error(`The parsing thread stopped (exit code ${code}).`)));
  }

  parse(input: IngestInput, settings: ParseSettings): Promise<ParseResult> {
    const id = ++this.lastId;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, input });
      const request: ParseRequest = { id, name: input.name, bytes: input.bytes, charset: input.charset, ...settings };
      this.worker.postMessage(request);
    });
  }

  private settle(response: ParseResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker.unref();
    if ("document" in response) waiting.resolve({ prepared: { input: waiting.input, ...response.document } });
    else if ("refused" in response) waiting.resolve({ refused: response.refused });
    else waiting.reject(new Error(`Parsing ${waiting.input.name} failed unexpectedly: ${response.failed}`));
  }
}
