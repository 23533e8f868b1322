import type { FastifyInstance } from "fastify";
import { mediaTypeOf } from "./csrf.ts";
import { JsonDepthLimit } from "./json-depth.ts";

/**
 * Every JSON body passes the depth limit on its way to a parser (Fastify's, or tRPC's own), so
 * a deeply nested body is refused with 400 while it streams in, before any parse recurses.
 */
export function limitJsonBodyDepth(app: FastifyInstance): void {
  app.addHook("preParsing", async (request, _reply, payload) => {
    const mediaType = mediaTypeOf(request);
    if (mediaType !== "application/json" && !mediaType.endsWith("+json")) return payload;
    return payload.pipe(new JsonDepthLimit());
  });
}
