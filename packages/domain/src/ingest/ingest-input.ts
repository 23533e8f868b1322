import type { TParsedItem } from "@tekser/contracts";
import type { LocatedError } from "@tekser/ingest";

export interface IngestInput {
  /** File path, URL or upload name: how the report names this input. */
  name: string;
  bytes: Uint8Array;
  /** The charset an HTTP response declared, when the input was fetched. */
  charset?: string | null;
}

/** A parser's result for one input; `format` is recorded with the raw document. */
export interface ParsedDocument {
  format: string;
  items: TParsedItem[];
  errors: LocatedError[];
}
