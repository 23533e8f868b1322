import fastifyCookie from "@fastify/cookie";
import { appRouter, type Context } from "@tekser/api";
import {
  userForSessionToken,
  type ChangeHub,
  type PublicSite,
  type PublishingDeps,
  type OutboundPolicy,
} from "@tekser/domain";
import type { Db } from "@tekser/db";
import { fastifyTRPCPlugin, type CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { registerAuditExportRoute } from "./audit-export-route.ts";
import { trpcCsrfGuard } from "./hardening/csrf.ts";
import { logTrpcError, registerErrorResponses } from "./hardening/error-responses.ts";
import { limitJsonBodyDepth } from "./hardening/json-body-depth.ts";
import { registerSecurityHeaders } from "./hardening/security-headers.ts";
import {
  DEFAULT_PUBLIC_LOAD_LIMITS,
  limitPublicLoad,
  QuietPublicRequests,
  type PublicLoadLimits,
} from "./hardening/public-load-limits.ts";
import { registerIngestUploadRoute } from "./ingest-upload-route.ts";
import { trustProxyOption, type TrustedProxies } from "./trusted-proxies.ts";
import { registerPublicRoutes } from "./public-routes.ts";
import { publicBodyCacheOf } from "./public-body-cache.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { registerCorrectionAndEmbedRoutes } from "./public-extra-routes.ts";
import { registerPullApiRoutes } from "./pull-api-routes.ts";
import { registerPublicArchiveRoute } from "./public-archive-route.ts";
import { registerCompression, registerWebAssets } from "./web-assets.ts";
import { registerSubmitTipRoute } from "./submit-tip-route.ts";
import { registerMediaRoute } from "./media-route.ts";
import { registerTelegramWebhookRoute } from "./telegram-webhook-route.ts";

export { SESSION_COOKIE } from "./session-cookie.ts";

export interface HttpAppOptions {
  db: Db;
  site: PublicSite;
  publishing: PublishingDeps;
  /** Whether webhooks and sources may point at private addresses (TEKSER_ALLOW_PRIVATE_URLS). */
  outbound: OutboundPolicy;
  webDistDir: string;
  changes: ChangeHub;
  logLevel: string;
  /** Proxies allowed to name the client in X-Forwarded-For (TEKSER_TRUST_PROXY); none by default. */
  trustProxy?: TrustedProxies;
  /** The public routes' per-client rate limit and turn-taking (TEKSER_PUBLIC_*); defaults when unset. */
  publicLoad?: PublicLoadLimits;
  /** Where log lines go (default stdout); tests read them to see what the server logged. */
  logStream?: { write(line: string): void };
}

/**
 * Every body but an ingest upload is small: a login, a verdict, a webhook registration. A larger
 * default let one anonymous request hold hundreds of megabytes.
 */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A batched tRPC read names every procedure in one path parameter ("claim.byId,claim.history,…");
 * Fastify's default of 100 characters answered a claim page's refetch after a verdict with 414.
 * The dashboard's client also splits batches whose URL would pass 2,000 characters.
 */
const MAX_BATCH_PATH_CHARS = 4096;

/** HTTP entry: tRPC for the dashboard, public feeds and notice pages, the built web app. No domain logic. */
export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    logController: new QuietPublicRequests(),
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_BATCH_PATH_CHARS },
    trustProxy: trustProxyOption(options.trustProxy ?? false),
  });
  await app.register(fastifyCookie);
  await registerCompression(app);
  registerSecurityHeaders(app, options.site.baseUrl);
  registerErrorResponses(app);
  limitJsonBodyDepth(app);
  const registerPublicLane = limitPublicLoad(app, options.publicLoad ?? DEFAULT_PUBLIC_LOAD_LIMITS, options.db);

  app.get("/healthz", async (_request, reply) => {
    await options.db.$queryRaw`SELECT 1`;
    return reply.send({ ok: true });
  });

  await app.register(async (trpcScope) => {
    trpcScope.addHook("onRequest", trpcCsrfGuard(options.site.baseUrl));
    await trpcScope.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        createContext: ({ req, res }: CreateFastifyContextOptions): Promise<Context> =>
          createContext(options, req, res),
        onError: logTrpcError,
      },
    });
  });
  await registerIngestUploadRoute(app, options.db, options.site.baseUrl);

  registerAuditExportRoute(app, options.db);
  registerMediaRoute(app, options.db);
  registerTelegramWebhookRoute(app, options.db, options.publishing, options.outbound);
  registerPullApiRoutes(app, options.db, options.site, options.outbound);
  await registerPublicLane(async (publicScope) => {
    const publicBodies = publicBodyCacheOf(publicScope, options.changes);
    registerPublicRoutes(publicScope, options.db, options.site, publicBodies);
    registerCorrectionAndEmbedRoutes(publicScope, options.db, options.site, publicBodies);
    await registerSubmitTipRoute(publicScope, options.db, options.site);
    registerPublicArchiveRoute(publicScope, options.db, options.site, publicBodies);
  });

  await registerWebAssets(app, options.webDistDir, options.db);
  return app;
}

async function createContext(
  options: HttpAppOptions,
  req: CreateFastifyContextOptions["req"],
  res: CreateFastifyContextOptions["res"],
): Promise<Context> {
  const token = req.cookies[SESSION_COOKIE];
  return {
    db: options.db,
    site: options.site,
    publishing: options.publishing,
    outbound: options.outbound,
    user: await userForSessionToken(options.db, token),
    clientAddress: req.ip,
    requestId: req.id,
    changes: options.changes,
    cookie: {
      read: () => token,
      set: (value, expiresAt) =>
        void res.setCookie(SESSION_COOKIE, value, {
          httpOnly: true,
          sameSite: "lax",
          secure: options.site.baseUrl.startsWith("https://"),
          path: "/",
          expires: expiresAt,
        }),
      clear: () => void res.clearCookie(SESSION_COOKIE, { path: "/" }),
    },
  };
}
