import { IncomingMessage, ServerResponse, type OutgoingHttpHeaders } from "node:http";
import { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/** Paths other sites may put in an iframe; everything else refuses to be framed. */
const FRAMEABLE_PATH_PREFIXES = ["/embed/"] as const;

/**
 * The dashboard is one bundle of scripts from this origin, so no inline script is allowed.
 * Inline styles are: notice pages carry their stylesheet in a `<style>` element, and the
 * JSON-LD `<script type="application/ld+json">` blocks are data the browser never executes.
 */
const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Security headers on every response (helmet). HSTS only when the public address is https: on
 * plain http it would tell browsers to reach a host over a TLS it does not serve. Routes that
 * set their own Content-Security-Policy (the embeddable card, the sandboxed evidence copy) keep
 * theirs, since a route's headers are set after these.
 */
export function registerSecurityHeaders(app: FastifyInstance, publicBaseUrl: string): void {
  const https = publicBaseUrl.startsWith("https://");
  const headers = headersOf({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, ...(https ? { "upgrade-insecure-requests": [] } : {}) },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    hsts: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
  });
  app.addHook("onRequest", async (_request, reply) => {
    reply.headers(headers);
  });
  app.addHook("onSend", async (request, reply) => {
    if (FRAMEABLE_PATH_PREFIXES.some((prefix) => request.url.startsWith(prefix))) reply.removeHeader("x-frame-options");
  });
}

/**
 * The headers helmet sets with `options`, worked out once. None of them depends on the request
 * (no nonces, no per-request directives), and @fastify/helmet built helmet's middleware again
 * for every request, parsing the policy each time: a twelfth of the event loop in a storm of
 * public answers.
 */
function headersOf(options: HelmetOptions): OutgoingHttpHeaders {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  helmet(options)(request, response, (error?: unknown) => {
    if (error !== undefined) throw new Error("helmet refused the security headers' options", { cause: error });
  });
  return response.getHeaders();
}
