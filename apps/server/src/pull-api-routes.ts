import { AppError, authenticateApiToken, noticeChangesSince, parseCursor, type PublicSite } from "@tekser/api";
import type { Db } from "@tekser/db";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";

const ZPullQuery = z.object({
  since: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The editor pull API: `GET /api/v1/notices?since=<cursor>` with a newsroom's Bearer token
 * returns every publication, correction and retraction after the cursor, in change order.
 */
export function registerPullApiRoutes(app: FastifyInstance, db: Db, site: PublicSite): void {
  app.get("/api/v1/notices", async (request, reply) => {
    try {
      await authenticateApiToken(db, request.headers.authorization);
      const query = ZPullQuery.safeParse(request.query);
      if (!query.success) return reply.code(400).send({ error: "Bad query", issues: z.flattenError(query.error).fieldErrors });
      const page = await noticeChangesSince(db, parseCursor(query.data.since), query.data.limit, site.baseUrl);
      return reply.header("Cache-Control", "no-store").send(page);
    } catch (error) {
      if (error instanceof AppError) return sendAppError(reply, error);
      throw error;
    }
  });
}

function sendAppError(reply: FastifyReply, error: AppError) {
  const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "BAD_REQUEST" ? 400 : 500;
  if (status === 401) reply.header("WWW-Authenticate", 'Bearer realm="tekser"');
  return reply.code(status).send({ error: error.message, code: error.code });
}
