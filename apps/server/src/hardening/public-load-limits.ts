import type { Db } from "@tekser/db";
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { refuseClientsOverAllowance } from "./client-allowance.ts";
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

/**
 * Fastify's log lines for every request ("incoming request", "request completed"), except on the
 * public routes: at the default level, a crawler storm wrote two JSON lines per request, a cost
 * paid for refused requests too. Their failures are still logged, and refused clients are
 * logged once a window (SharedAllowance).
 */
export class QuietPublicRequests extends LogController {
  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (!request.routeOptions.config.publicLane) super.incomingRequest(request, reply);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error || !request.routeOptions.config.publicLane || reply.statusCode >= 500)
      super.requestCompleted(error, request, reply);
  }
}

/**
 * Keeps anonymous load on the public routes from slowing the desk. Called before any route is
 * registered, so the desk's requests on every route of `app` are counted; returns the function
 * that registers the public routes: a client over its per-minute allowance (counted across
 * instances in `db`) is answered 429 with Retry-After, and the other public requests take turns
 * in the public lane, yielding to the desk's. `db` may be left out only with the allowance off.
 */
export function limitPublicLoad(
  app: FastifyInstance,
  limits: PublicLoadLimits,
  db?: Db,
): (registerRoutes: (scope: FastifyInstance) => Promise<void>) => Promise<void> {
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
      if (limits.perClientPerMinute > 0) {
        if (!db) throw new Error("The public rate limit counts in the database: pass it, or set the allowance to 0");
        await refuseClientsOverAllowance(scope, limits.perClientPerMinute, db);
      }
      scope.addHook("onRequest", lane.admitPublicRequest);
      await registerRoutes(scope);
    });
  };
}
