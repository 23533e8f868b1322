/**
 * Thrown only when an input as a whole cannot be read (empty, binary, undecodable).
 * Problems inside a readable input are reported as located `errors` entries instead,
 * so one bad page never hides the items found in the rest.
 */
export class IngestParseError extends Error {
  override name = "IngestParseError";
  /** Where reading failed, e.g. "byte 0" or "byte 1532". */
  readonly location: string;

  constructor(location: string, message: string) {
    super(`${location}: ${message}`);
    this.location = location;
  }
}

/** A located problem inside an otherwise readable input. */
export interface LocatedError {
  location: string;
  message: string;
  /** The rejected record verbatim (a JSON object, a CSV row) so it can be fixed and re-run. */
  raw?: string;
}
