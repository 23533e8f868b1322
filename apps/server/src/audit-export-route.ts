import { Readable } from "node:stream";
import { auditExportChunks } from "@tekser/domain";
import { PERMISSIONS, ZAuditFilters } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { cookieUserFor } from "./cookie-user.ts";

const ZExportQuery = ZAuditFilters.extend({ format: z.enum(["csv", "jsonl"]).default("jsonl") });

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/jsonl; charset=utf-8" } as const;

/**
 * GET /audit/export?format=csv|jsonl&<filters>: the filtered audit log streamed batch by batch
 * (a million events never sit in memory), for auditors and admins with a session.
 */
export function registerAuditExportRoute(app: FastifyInstance, db: Db): void {
  app.get("/audit/export", async (request, reply) => {
    const access = await cookieUserFor(request, db, { roles: PERMISSIONS.audit, changesData: null });
    if ("refused" in access) {
      return reply
        .code(access.refused.status)
        .send({ error: `Exporting the audit log: ${access.refused.message}`, code: access.refused.code });
    }
    const { user } = access;
    const query = ZExportQuery.safeParse(request.query);
    if (!query.success)
      return reply.code(400).send({ error: "Bad export filter", issues: z.flattenError(query.error).fieldErrors });
    const { format, ...filters } = query.data;
    const stamp = new Date().toISOString().replaceAll(":", "").slice(0, 15);
    reply
      .type(CONTENT_TYPES[format])
      .header("Content-Disposition", `attachment; filename="tekser-audit-${stamp}.${format}"`)
      .header("Cache-Control", "no-store");
    return reply.send(
      Readable.from(auditExportChunks(db, { id: user.id, name: user.username, role: user.role }, filters, format)),
    );
  });
}
