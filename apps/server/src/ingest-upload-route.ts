import { ingestInputs } from "@tekser/domain";
import {
  INGEST_UPLOAD_PATH,
  MAX_INGEST_INPUT_BYTES,
  PERMISSIONS,
  ZIngestUploadQuery,
  flattenIssuesInEnglish,
  type TAppErrorCode,
  type TSessionUser,
} from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyInstance, FastifyReply } from "fastify";
import { cookieUserFor } from "./cookie-user.ts";

/** Errors in the shape the dashboard reads from tRPC (`appError.code`, `appError.message`). */
function refuse(
  reply: FastifyReply,
  status: number,
  code: TAppErrorCode,
  message: string,
  details: Record<string, unknown> | null = null,
) {
  return reply.code(status).send({ error: message, appError: { code, message, details } });
}

/**
 * POST /ingest/upload?name=<file name>: a file's bytes from the dashboard, ingested like the CLI
 * ingests a file (the server detects the charset, so a windows-1251 CSV reads correctly). The
 * only route that takes a large body, and only after the session, origin and role are checked:
 * an anonymous client is refused before any of its body is read.
 */
export async function registerIngestUploadRoute(app: FastifyInstance, db: Db, publicBaseUrl: string): Promise<void> {
  const uploaders = new WeakMap<object, TSessionUser>();
  await app.register((scope, _options, registered) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("application/octet-stream", { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(INGEST_UPLOAD_PATH, {
      bodyLimit: MAX_INGEST_INPUT_BYTES,
      onRequest: async (request, reply) => {
        const outcome = await cookieUserFor(request, db, { roles: PERMISSIONS.review, changesData: { publicBaseUrl } });
        if ("refused" in outcome)
          return refuse(
            reply,
            outcome.refused.status,
            outcome.refused.code,
            outcome.refused.message,
            outcome.refused.details,
          );
        uploaders.set(request, outcome.user);
        return undefined;
      },
      handler: async (request, reply) => {
        const user = uploaders.get(request);
        if (!user) return refuse(reply, 401, "UNAUTHORIZED", "Log in to continue");
        const query = ZIngestUploadQuery.safeParse(request.query);
        if (!query.success)
          return refuse(
            reply,
            400,
            "BAD_REQUEST",
            "The upload needs a file name (?name=, 1 to 300 characters)",
            flattenIssuesInEnglish(query.error.issues).fieldErrors,
          );
        const bytes = request.body instanceof Buffer ? request.body : Buffer.alloc(0);
        if (bytes.length === 0)
          return refuse(reply, 400, "UPLOAD_EMPTY", `Nothing to ingest: ${query.data.name} is empty`, {
            name: query.data.name,
          });
        const actor = { id: user.id, name: user.username, role: user.role };
        return reply.send(await ingestInputs(db, actor, "dashboard", [{ name: query.data.name, bytes }]));
      },
    });
    registered();
  });
}
