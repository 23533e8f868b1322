import { userForSessionToken } from "@tekser/api";
import type { TAppErrorCode, TRole, TSessionUser } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import type { FastifyRequest } from "fastify";
import { crossOriginRefusal } from "./hardening/csrf.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

export interface CookieRefusal {
  status: 401 | 403;
  code: TAppErrorCode;
  message: string;
}

/**
 * The session user of a plain-HTTP route that changes data, under the rules tRPC applies: this
 * origin only, logged in, password changed if it must be, one of `roles`.
 */
export async function cookieUserFor(
  request: FastifyRequest,
  db: Db,
  publicBaseUrl: string,
  roles: readonly TRole[],
): Promise<{ user: TSessionUser } | { refused: CookieRefusal }> {
  const crossOrigin = crossOriginRefusal(request, publicBaseUrl);
  if (crossOrigin) return { refused: { status: 403, code: "FORBIDDEN", message: crossOrigin } };
  const user = await userForSessionToken(db, request.cookies[SESSION_COOKIE]);
  if (!user) return { refused: { status: 401, code: "UNAUTHORIZED", message: "Log in to continue" } };
  if (user.mustChangePassword) return { refused: { status: 403, code: "PASSWORD_CHANGE_REQUIRED", message: "Choose a new password before you continue" } };
  if (!roles.includes(user.role)) {
    return { refused: { status: 403, code: "FORBIDDEN", message: `This action needs the role ${roles.join(" or ")}; you are ${user.role}` } };
  }
  return { user };
}
