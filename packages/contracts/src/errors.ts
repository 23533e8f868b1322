/** Domain error codes; the server maps them to tRPC codes, the web reads them from `error.data.appError`. */
export const APP_ERROR_CODES = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  BAD_REQUEST: "BAD_REQUEST",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  STALE_WRITE: "CONFLICT",
  OWN_VERDICT: "FORBIDDEN",
  INVALID_TRANSITION: "CONFLICT",
} as const;
export type TAppErrorCode = keyof typeof APP_ERROR_CODES;
