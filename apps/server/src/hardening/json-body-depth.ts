import { pipeline } from "node:stream";
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
    const limited = new JsonDepthLimit();
    // pipeline (not pipe) so a client that aborts mid-body fails the limited stream too, and
    // the request ends instead of waiting for a body that never comes.
    pipeline(payload, limited, () => undefined);
    return limited;
  });
}
