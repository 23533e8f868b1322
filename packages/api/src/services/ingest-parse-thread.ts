import { parentPort } from "node:worker_threads";
import { IngestParseError, parseInput } from "@tekser/ingest";
import type { ParseRequest, ParseResponse } from "./ingest-parser.ts";
import { prepareDocument } from "./ingest-prepare.ts";

// The parsing thread (started by ingest-parser.ts through ingest-parse-worker.mjs): parses and
// prepares one input per message, in the order received.

function respond({ id, name, bytes, charset, fetchedAt, format, csvMapping }: ParseRequest): ParseResponse {
  try {
    const outcome = parseInput({ name, bytes, fetchedAt, charset, format, csvMapping });
    return { id, document: prepareDocument(bytes, outcome) };
  } catch (error) {
    if (error instanceof IngestParseError) return { id, refused: { location: error.location, message: error.message } };
    return { id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on("message", (request: ParseRequest) => parentPort?.postMessage(respond(request)));
