import { APP_ERROR_CODES, type TAppErrorCode } from "@tekser/contracts";

/** A domain error with a stable code the web can act on; mapped to a tRPC code by the formatter. */
export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get trpcCode() {
    return APP_ERROR_CODES[this.code];
  }
}

/** What a client is told about an error it cannot act on; the id finds the logged error. */
export function internalErrorMessage(requestId: string | null): string {
  return requestId
    ? `Internal server error (reference ${requestId}); the details are in the server log`
    : "Internal server error; the details are in the server log";
}
