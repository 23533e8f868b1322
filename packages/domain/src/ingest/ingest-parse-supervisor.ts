import { Worker } from "node:worker_threads";
import type { CsvMapping, InputFormat, LocatedError } from "@tekser/ingest";
import type { PreparedInput } from "./ingest-documents.ts";
import type { PreparedDocument } from "./ingest-prepare.ts";
import type { IngestInput } from "./ingest-input.ts";

/** How one run parses: the same for every input. */
export interface ParseSettings {
  fetchedAt: Date;
  format?: InputFormat;
  csvMapping?: CsvMapping;
}

/** An input parsed and prepared, or refused whole by its parser (a located error). */
export type ParseResult = { prepared: PreparedInput } | { refused: LocatedError };

/** `lane`: the caller (one ingest run) the input belongs to; the thread takes lanes in turn. */
export type ParseRequest = ParseSettings & {
  id: number;
  lane: number;
  name: string;
  bytes: Uint8Array;
  charset?: string | null;
};
export type ParseResponse = { id: number } & (
  { document: PreparedDocument } | { refused: LocatedError } | { failed: string }
);
/** What the parsing thread posts: `ready` once its code is loaded, then `started` and a response per request. */
export type ThreadMessage = ParseResponse | { ready: true } | { started: number };

/**
 * How long the parsing thread may spend on one input before it is stopped: a base, plus a share
 * per megabyte so that a large export part is not cut where a small page would be.
 */
export interface ParseDeadline {
  baseMs: number;
  perMegabyteMs: number;
}

/**
 * Parsing runs at 1,000 HTML pages or 15,000 feed items a second on 2 cores, so a legitimate
 * 8 MB export part takes a few seconds; 20 s and 2 s more per megabyte leaves room for a loaded
 * machine and stops a crafted input long before it holds up the desk.
 */
export const DEFAULT_PARSE_DEADLINE: ParseDeadline = { baseMs: 20_000, perMegabyteMs: 2_000 };

const MEGABYTE = 1024 * 1024;

export function deadlineFor(deadline: ParseDeadline, bytes: number): number {
  return Math.round(deadline.baseMs + (deadline.perMegabyteMs * bytes) / MEGABYTE);
}

interface Waiting {
  request: ParseRequest;
  input: IngestInput;
  deadlineMs: number;
  resolve(result: ParseResult): void;
  reject(error: Error): void;
}

/**
 * The parsing thread seen from the main thread. Every input is sent at once, so the thread never
 * idles while this thread is busy storing; the thread parses one at a time, taking the callers'
 * lanes in turn, so an input of a run that sends one post is not queued behind a large feed's
 * parts. The thread says which input it starts, and that input alone is timed: past its
 * deadline the thread is terminated (which stops even a regular expression mid-match), the input
 * is refused with a located error, and the inputs still waiting are sent to a new thread. The
 * thread's start-up is never charged to an input: the clock starts with the input.
 */
export class ParseSupervisor {
  private worker: Worker | null = null;
  private ready = false;
  /** Sent and not answered, in the order sent; a Map keeps insertion order. */
  private readonly waiting = new Map<number, Waiting>();
  private timer: NodeJS.Timeout | null = null;
  /** The input the thread said it started and has not answered. */
  private parsingId: number | null = null;
  private lastId = 0;
  private lastLane = 0;

  /** A lane of its own for one caller's inputs (an ingest run). */
  newLane(): number {
    return ++this.lastLane;
  }

  parse(input: IngestInput, settings: ParseSettings, deadline: ParseDeadline, lane: number): Promise<ParseResult> {
    const id = ++this.lastId;
    const request: ParseRequest = {
      id,
      lane,
      name: input.name,
      bytes: input.bytes,
      charset: input.charset,
      ...settings,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { request, input, deadlineMs: deadlineFor(deadline, input.bytes.length), resolve, reject });
      this.running().postMessage(request);
    });
  }

  private running(): Worker {
    if (this.worker) {
      this.worker.ref();
      return this.worker;
    }
    const worker = new Worker(new URL("./ingest-parse-worker.mjs", import.meta.url));
    this.worker = worker;
    this.ready = false;
    // Events of a thread already replaced (a terminated one's exit) concern nobody.
    const current = () => this.worker === worker;
    worker.on("message", (message: ThreadMessage) => {
      if (current()) this.receive(message);
    });
    worker.on("error", (error) => {
      if (current()) this.died(`the parsing thread failed on it (${error.message})`);
    });
    worker.on("exit", (code) => {
      if (current()) this.died(`the parsing thread stopped on it (exit code ${code}, e.g. out of memory)`);
    });
    return worker;
  }

  private receive(message: ThreadMessage): void {
    if ("ready" in message) {
      this.ready = true;
      return;
    }
    if ("started" in message) {
      this.startClock(message.started);
      return;
    }
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.forget(message.id);
    if ("document" in message) waiting.resolve({ prepared: { input: waiting.input, ...message.document } });
    else if ("refused" in message) waiting.resolve({ refused: message.refused });
    else waiting.resolve({ refused: parserFailed(message.failed) });
  }

  private startClock(id: number): void {
    const started = this.waiting.get(id);
    if (!started) return;
    this.stopClock();
    this.parsingId = id;
    this.timer = setTimeout(() => this.replaceThread(started, tookTooLong(started)), started.deadlineMs);
    // The thread, referenced while it has work, keeps the process alive; the clock need not.
    this.timer.unref();
  }

  /**
   * The thread died on its own (out of memory, a crash in native code): the input it was parsing
   * is the likely cause, so it alone is refused and the ones waiting go to a new thread, as after
   * an overrun. Before its code loaded no input was being parsed: each caller is told.
   */
  private died(reason: string): void {
    // Had its word of starting an input not arrived, the oldest input sent is the likeliest.
    const parsing =
      (this.parsingId === null ? undefined : this.waiting.get(this.parsingId)) ?? this.waiting.values().next().value;
    if (!this.ready || !parsing) {
      this.fail(new Error(`The parsing thread could not start: ${reason}`));
      return;
    }
    this.replaceThread(parsing, parserFailed(reason));
  }

  /** Refuses the input being parsed, stops its thread and re-sends the others to a new one. */
  private replaceThread(stuck: Waiting, refusal: LocatedError): void {
    const worker = this.worker;
    this.worker = null;
    this.forget(stuck.request.id);
    void worker?.terminate().catch(() => undefined);
    stuck.resolve({ refused: refusal });
    if (this.waiting.size === 0) return;
    const fresh = this.running();
    for (const { request } of this.waiting.values()) fresh.postMessage(request);
  }

  private forget(id: number): void {
    this.waiting.delete(id);
    if (this.parsingId === id) this.stopClock();
    // An idle thread must not hold the process open.
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private stopClock(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.parsingId = null;
  }

  /** The thread could not run at all: what it held is lost to this process, so each caller is told. */
  private fail(error: Error): void {
    this.worker = null;
    this.stopClock();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiter of waiting) waiter.reject(error);
  }
}

/** A parser that threw on an input is a fault to fix, but the input alone pays for it. */
function parserFailed(reason: string): LocatedError {
  const firstLine = reason.split("\n")[0] ?? reason;
  return {
    location: "document",
    message: `the parser failed on this input (${firstLine}); the input is kept as received and the next inputs were parsed (report it with this file attached)`,
    code: "parser.failed",
  };
}

function tookTooLong({ input, deadlineMs }: Waiting): LocatedError {
  const seconds = (deadlineMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 });
  const size =
    input.bytes.length < MEGABYTE
      ? `${Math.ceil(input.bytes.length / 1024)} kB`
      : `${(input.bytes.length / MEGABYTE).toFixed(1)} MB`;
  return {
    location: "document",
    message:
      `parsing took longer than ${seconds} s, the time allowed for an input of ${size}, and was stopped; ` +
      "the input is kept as received and the next inputs were parsed (split the input, or report it with this file attached)",
    code: "parser.tooSlow",
  };
}
