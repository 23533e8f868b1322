import { parentPort } from "node:worker_threads";
import { parseInput } from "@tekser/ingest";
import type { ParseRequest, ParseResponse, ThreadMessage } from "./ingest-parse-supervisor.ts";
import { parseAndPrepare } from "./ingest-prepare.ts";

// The parsing thread (started by ingest-parse-supervisor.ts through ingest-parse-worker.mjs): parses and
// prepares one input per message, in the order received.

function respond({ id, name, bytes, charset, fetchedAt, format, csvMapping }: ParseRequest): ParseResponse {
  try {
    return { id, ...parseAndPrepare(bytes, () => parseInput({ name, bytes, fetchedAt, charset, format, csvMapping })) };
  } catch (error) {
    return { id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on("message", (request: ParseRequest) => parentPort?.postMessage(respond(request)));
// The supervisor times each input from here on: loading this code is not the first input's time.
const ready: ThreadMessage = { ready: true };
parentPort?.postMessage(ready);
