import type { TIngestErrorCode, TIngestErrorParams } from "@tekser/contracts";

/** What the dashboard words in the user's language; the English message stays for the CLI. */
export interface IngestErrorCode {
  code: TIngestErrorCode;
  params?: TIngestErrorParams;
}

/**
 * Thrown only when an input as a whole cannot be read (empty, binary, undecodable).
 * Problems inside a readable input are reported as located `errors` entries instead,
 * so one bad page never hides the items found in the rest.
 */
export class IngestParseError extends Error {
  override name = "IngestParseError";
  /** Where reading failed, e.g. "byte 0" or "byte 1532". */
  readonly location: string;
  readonly coded: IngestErrorCode | undefined;

  constructor(location: string, message: string, coded?: IngestErrorCode) {
    super(`${location}: ${message}`);
    this.location = location;
    this.coded = coded;
  }
}

/** A located problem inside an otherwise readable input. */
export interface LocatedError extends Partial<IngestErrorCode> {
  location: string;
  /** In English: the CLI and the pull API print it, the run keeps it. */
  message: string;
  /** The rejected record verbatim (a JSON object, a CSV row) so it can be fixed and re-run. */
  raw?: string;
}

/**
 * Why one record of a readable input was not read: the English reason for the CLI and the run,
 * the code and parameters for the dashboard.
 */
export class RecordRefusal {
  constructor(
    readonly code: TIngestErrorCode,
    readonly message: string,
    readonly params?: TIngestErrorParams,
  ) {}
}
