import { STATUS_CODES } from "node:http";
import { internalErrorMessage } from "@tekser/domain";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";

/**
 * A stream that ended before its answer was sent: the client hung up (a reader leaving a page
 * while its compressed answer streams). Nothing failed here, so it is no error for the log.
 */
const CLIENT_HUNG_UP = "ERR_STREAM_PREMATURE_CLOSE";

/**
 * Server errors are logged with their stack under the request id and answered with a generic
 * message naming that id: their text can hold SQL, file paths or stored data. Client errors
 * (4xx: too large, malformed JSON, too deep) keep their message, which says what to fix.
 */
export function registerErrorResponses(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (statusCode >= 500) {
      if (error.code === CLIENT_HUNG_UP) request.log.info({ err: error }, "client closed the connection");
      else request.log.error({ err: error }, "request failed");
      return reply.code(statusCode).send({
        statusCode,
        error: STATUS_CODES[statusCode],
        message: internalErrorMessage(request.id),
        requestId: request.id,
      });
    }
    return reply
      .code(statusCode)
      .send({ statusCode, code: error.code, error: STATUS_CODES[statusCode], message: error.message });
  });
}

/** tRPC's onError: unexpected errors go to the log under the request id the client was given. */
export function logTrpcError({
  error,
  req,
  path,
}: {
  error: { code: string; cause?: unknown };
  req: FastifyRequest;
  path?: string | undefined;
}): void {
  if (error.code === "INTERNAL_SERVER_ERROR")
    req.log.error({ err: error.cause ?? error, path }, "tRPC procedure failed");
}
