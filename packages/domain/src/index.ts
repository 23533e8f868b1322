export { AppError, internalErrorMessage } from "./shared/errors.ts";
