import {
  DEFAULT_PARSE_DEADLINE,
  ParseSupervisor,
  type ParseDeadline,
  type ParseResult,
  type ParseSettings,
} from "./ingest-parse-supervisor.ts";
import { parseAndPrepare } from "./ingest-prepare.ts";
import type { IngestInput, ParsedDocument } from "./ingest-input.ts";

export type { ParseResult, ParseSettings };

export interface InputParser {
  parse(input: IngestInput): Promise<ParseResult>;
}

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
    parse: (input) => {
      const result = parseAndPrepare(input.bytes, () => parse(input));
      return Promise.resolve("refused" in result ? result : { prepared: { input, ...result.document } });
    },
  };
}

/**
 * The parsing thread, with this run's settings, in a lane of the run's own (the thread takes the
 * runs' inputs in turn); an input taking longer than `deadline` is refused.
 */
export function parserThread(settings: ParseSettings, deadline: ParseDeadline = DEFAULT_PARSE_DEADLINE): InputParser {
  const lane = sharedThread.newLane();
  return { parse: (input) => sharedThread.parse(input, settings, deadline, lane) };
}

/** One parsing thread per process, started on first use and restarted when stopped. */
const sharedThread = new ParseSupervisor();
