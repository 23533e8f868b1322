import { loadImage } from "@tekser/domain";
import { PERMISSIONS } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { cookieUserFor } from "./cookie-user.ts";

const ZImageParams = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * GET /media/<sha256> and /media/<sha256>/thumbnail: a stored image for the desk (staff session).
 * Only raster types are ever stored; the type sent is the one sniffed from the bytes, and
 * `nosniff` plus a sandboxing CSP keep a browser from treating the bytes as anything else.
 */
export function registerMediaRoute(app: FastifyInstance, db: Db): void {
  const serve = (variant: "original" | "thumbnail") => async (request: FastifyRequest, reply: FastifyReply) => {
    const access = await cookieUserFor(request, db, { roles: PERMISSIONS.staff, changesData: null });
    if ("refused" in access)
      return reply
        .code(access.refused.status)
        .send({ error: `Viewing images: ${access.refused.message}`, code: access.refused.code });
    const params = ZImageParams.safeParse(request.params);
    const image = params.success ? await loadImage(db, params.data.sha256, variant) : null;
    if (!image) return reply.code(404).send({ error: "No such image" });
    return reply
      .type(image.contentType)
      .header("X-Content-Type-Options", "nosniff")
      .header("Content-Security-Policy", "default-src 'none'; sandbox")
      .header("Content-Disposition", "inline")
      .header("Cache-Control", "private, max-age=86400, immutable")
      .send(Buffer.from(image.bytes));
  };
  app.get("/media/:sha256", serve("original"));
  app.get("/media/:sha256/thumbnail", serve("thumbnail"));
}
