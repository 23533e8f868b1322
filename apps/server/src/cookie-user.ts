import { AppError, requireAccess, userForSessionToken } from "@tekser/domain";
import type { TAppErrorCode, TRole, TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyRequest } from "fastify";
import { crossOriginRefusal } from "./hardening/csrf.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

export interface CookieRefusal {
  status: number;
  code: TAppErrorCode;
  message: string;
  /** The refusal's parameters (the roles that may, for a role refusal), for the dashboard to word. */
  details: Record<string, unknown> | null;
}

/**
 * The session user of a plain-HTTP route, under the rules every tRPC procedure applies
 * (`requireAccess`: logged in, password changed if it must be, one of `roles`); a route that
 * changes data also takes requests from this origin only.
 */
export async function cookieUserFor(
  request: FastifyRequest,
  db: Db,
  options: { roles: readonly TRole[]; changesData: { publicBaseUrl: string } | null },
): Promise<{ user: TSessionUser } | { refused: CookieRefusal }> {
  if (options.changesData) {
    const crossOrigin = crossOriginRefusal(request, options.changesData.publicBaseUrl);
    if (crossOrigin) return { refused: { status: 403, code: "FORBIDDEN", message: crossOrigin, details: null } };
  }
  try {
    return {
      user: requireAccess(await userForSessionToken(db, request.cookies[SESSION_COOKIE]), { roles: options.roles }),
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: error.trpcCode }));
    return { refused: { status, code: error.code, message: error.message, details: error.details ?? null } };
  }
}
