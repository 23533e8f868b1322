import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { PublicLane, type PublicLaneLimits } from "./public-lane.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Set on the anonymous public routes: they are rate-limited per client and take turns. */
    publicLane?: true;
  }
}

export interface PublicLoadLimits extends PublicLaneLimits {
  /** Requests one client address may make to the public routes per minute; 0 turns the limit off. */
  perClientPerMinute: number;
}

/** Generous for readers, feed readers and embedding sites; a crawler hammering the feeds is not. */
export const DEFAULT_PUBLIC_LOAD_LIMITS: PublicLoadLimits = { perClientPerMinute: 300, concurrency: 16, queue: 256 };

const RATE_WINDOW_MS = 60_000;

/**
 * Keeps anonymous load on the public routes from slowing the desk. Called before any route is
 * registered, so the desk's requests on every route of `app` are counted; returns the function
 * that registers the public routes: a client over its per-minute allowance is answered 429 with
 * Retry-After, and public requests take turns in the public lane, yielding to the desk's.
 */
export function limitPublicLoad(app: FastifyInstance, limits: PublicLoadLimits): (registerRoutes: (scope: FastifyInstance) => Promise<void>) => Promise<void> {
  const lane = new PublicLane(limits);
  app.addHook("onRequest", async (request, reply) => {
    if (request.routeOptions.config.publicLane) return;
    await lane.noteDeskRequest(request, reply);
  });
  return async (registerRoutes) => {
    await app.register(async (scope) => {
      scope.addHook("onRoute", (route) => {
        route.config = { ...route.config, publicLane: true };
      });
      // Before the rate limit (whose hook is the route's own, so it runs after this one): a client
      // over its allowance waits its turn for its 429 too, and so cannot answer its way to the
      // front of the event loop with cheap refusals.
      scope.addHook("onRequest", lane.admitPublicRequest);
      if (limits.perClientPerMinute > 0) {
        await scope.register(fastifyRateLimit, {
          max: limits.perClientPerMinute,
          timeWindow: RATE_WINDOW_MS,
          errorResponseBuilder: (_request, context) => ({
            statusCode: context.statusCode,
            code: "RATE_LIMITED",
            message: `This address made more than ${context.max} requests in a minute; retry in ${context.after}`,
          }),
        });
      }
      await registerRoutes(scope);
    });
  };
}
