import { parentPort } from "node:worker_threads";
import { prepareTranslationKeys } from "@tekser/claims";
import { parseInput } from "@tekser/ingest";
import type { ParseRequest, ParseResponse, ThreadMessage } from "./ingest-parse-supervisor.ts";
import { parseAndPrepare } from "./ingest-prepare.ts";

// The parsing thread (started by ingest-parse-supervisor.ts through ingest-parse-worker.mjs): parses and
// prepares one input at a time, each caller's in the order received, the callers' lanes in turn.

function respond({ id, name, bytes, charset, fetchedAt, format, csvMapping }: ParseRequest): ParseResponse {
  try {
    return { id, ...parseAndPrepare(bytes, () => parseInput({ name, bytes, fetchedAt, charset, format, csvMapping })) };
  } catch (error) {
    return { id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Requests not yet parsed, per lane; the lane served last goes behind the others. */
const lanes = new Map<number, ParseRequest[]>();
let scheduled = false;

function parseNext(): void {
  scheduled = false;
  const next = lanes.entries().next().value;
  if (!next) return;
  const [lane, queue] = next;
  const request = queue.shift() as ParseRequest;
  lanes.delete(lane);
  if (queue.length > 0) lanes.set(lane, queue);
  const started: ThreadMessage = { started: request.id };
  parentPort?.postMessage(started);
  parentPort?.postMessage(respond(request));
  // One input per turn of the event loop: requests that arrived meanwhile join their lanes first.
  schedule();
}

function schedule(): void {
  if (scheduled || lanes.size === 0) return;
  scheduled = true;
  setImmediate(parseNext);
}

parentPort?.on("message", (request: ParseRequest) => {
  const queue = lanes.get(request.lane);
  if (queue) queue.push(request);
  else lanes.set(request.lane, [request]);
  schedule();
});
// The supervisor times each input from here on: loading this code, and building what preparing
// reads, is not the first input's time.
prepareTranslationKeys();
const ready: ThreadMessage = { ready: true };
parentPort?.postMessage(ready);
