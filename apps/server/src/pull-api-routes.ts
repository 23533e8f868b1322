import {
  AddressRefusedError,
  AppError,
  authenticateApiToken,
  listWebhookDeliveries,
  noticeChangesSince,
  parseCursor,
  registerWebhook,
  type OutboundPolicy,
  type PublicSite,
} from "@tekser/domain";
import { INPUT_BOUNDS, ZRegisterWebhookInput, flattenIssuesInEnglish } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

const ZPullQuery = z.object({
  since: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ZDeliveriesQuery = z.object({
  page: z.coerce.number().int().min(1).max(INPUT_BOUNDS.maxPage).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * The editor pull API, for newsrooms holding a Bearer token:
 * - `GET /api/v1/notices?since=<cursor>`: every publication, correction and retraction after
 *   the cursor, in change order;
 * - `POST /api/v1/webhooks {url}`: registers a receiver (the signing secret is in the answer only);
 * - `GET /api/v1/webhooks/deliveries`: the newsroom's delivery history.
 */
export function registerPullApiRoutes(app: FastifyInstance, db: Db, site: PublicSite, outbound: OutboundPolicy): void {
  app.get("/api/v1/notices", (request, reply) =>
    withToken(request, reply, async () => {
      const query = ZPullQuery.safeParse(request.query);
      if (!query.success)
        return reply
          .code(400)
          .send({ error: "Bad query", issues: flattenIssuesInEnglish(query.error.issues).fieldErrors });
      return reply.send(await noticeChangesSince(db, parseCursor(query.data.since), query.data.limit, site.baseUrl));
    }),
  );

  app.post("/api/v1/webhooks", (request, reply) =>
    withToken(request, reply, async (token) => {
      const input = ZRegisterWebhookInput.safeParse({ ...(request.body as object | null), tokenId: token.tokenId });
      if (!input.success)
        return reply
          .code(400)
          .send({ error: "Bad webhook", issues: flattenIssuesInEnglish(input.error.issues).fieldErrors });
      const actor = { id: null, name: `newsroom:${token.newsroom}`, role: "newsroom" };
      return reply.code(201).send(await registerWebhook(db, actor, input.data, outbound));
    }),
  );

  app.get("/api/v1/webhooks/deliveries", (request, reply) =>
    withToken(request, reply, async (token) => {
      const query = ZDeliveriesQuery.safeParse(request.query);
      if (!query.success)
        return reply
          .code(400)
          .send({ error: "Bad query", issues: flattenIssuesInEnglish(query.error.issues).fieldErrors });
      const history = await listWebhookDeliveries(db, { ...query.data, sort: [], filters: {} }, token.tokenId);
      // Claim ids are internal to the dashboard (they link to the audit timeline).
      return reply.send({
        rowCount: history.rowCount,
        rows: history.rows.map(({ claimId: _internal, ...row }) => row),
      });
    }),
  );

  async function withToken(
    request: FastifyRequest,
    reply: FastifyReply,
    handle: (token: { tokenId: string; newsroom: string }) => Promise<FastifyReply>,
  ) {
    reply.header("Cache-Control", "no-store");
    try {
      return await handle(await authenticateApiToken(db, request.headers.authorization));
    } catch (error) {
      if (error instanceof AppError) return sendAppError(reply, error);
      throw error;
    }
  }
}

const STATUS_BY_KIND: Partial<Record<AppError["trpcCode"], number>> = {
  UNAUTHORIZED: 401,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

function sendAppError(reply: FastifyReply, error: AppError) {
  const status = STATUS_BY_KIND[error.trpcCode] ?? 500;
  if (status === 401) reply.header("WWW-Authenticate", 'Bearer realm="tekser"');
  // A refused address's detail (what its host resolves to) stays with the desk.
  const message = error instanceof AddressRefusedError ? error.publicMessage : error.message;
  return reply.code(status).send({ error: message, code: error.code });
}
