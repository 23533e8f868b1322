import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Why a state-changing request sent with the session cookie is refused, or null when it may go
 * on. SameSite=Lax still lets a page on the same site (another port, a sibling subdomain) post a
 * form with the cookie: the request must come from this origin, either by its `Origin` (the
 * public base URL's, or the host the request was sent to) or by the browser's
 * `Sec-Fetch-Site: same-origin`. Clients without either header are refused too: every browser
 * sends `Origin` on a POST.
 */
export function crossOriginRefusal(request: FastifyRequest, publicBaseUrl: string): string | null {
  if (request.headers["sec-fetch-site"] === "same-origin") return null;
  const origin = request.headers.origin;
  if (!origin) return "The request names no Origin: send it from the Tekser dashboard";
  if (origin === new URL(publicBaseUrl).origin || hostOf(origin) === request.headers.host) return null;
  return `Requests from ${origin} may not act on a Tekser session: send it from the Tekser dashboard`;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The media type of a request without parameters, lower case ("application/json"). */
export function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * onRequest hook for tRPC: mutations (POST) only as `application/json` from this origin. A
 * form cannot send JSON without a CORS preflight, which this server never grants.
 */
export function trpcCsrfGuard(publicBaseUrl: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (request.method !== "POST") return undefined;
    const mediaType = mediaTypeOf(request);
    if (mediaType !== "application/json") {
      return reply.code(403).send({
        error: `tRPC calls that change data must be sent as application/json, not ${mediaType || "without a content type"}`,
      });
    }
    const refusal = crossOriginRefusal(request, publicBaseUrl);
    return refusal ? reply.code(403).send({ error: refusal }) : undefined;
  };
}
