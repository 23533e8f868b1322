import type { TRole, TSessionUser } from "@tekser/contracts";
import { AppError } from "../shared/errors.ts";

/**
 * The user a request acts as, or the AppError saying why it may not go ahead: the same rules for tRPC procedures and for plain-HTTP
 * routes that read the session cookie (the audit export), so no route skips one.
 * `ownSessionCall` marks what an account may still do while it must change its password: a
 * generated, configured or demo password is known to others, so until it is changed the account
 * reaches only its own session (me, logout, changePassword).
 */
export function requireAccess(
  user: TSessionUser | null,
  { roles, ownSessionCall = false }: { roles?: readonly TRole[]; ownSessionCall?: boolean } = {},
): TSessionUser {
  if (!user) throw new AppError("UNAUTHORIZED", "Log in to continue");
  if (user.mustChangePassword && !ownSessionCall) {
    throw new AppError("PASSWORD_CHANGE_REQUIRED", "Choose a new password before you continue");
  }
  if (user.mustEnrolTotp && !ownSessionCall) {
    throw new AppError("TOTP_ENROLMENT_REQUIRED", "Set up two-factor sign-in before you continue");
  }
  if (roles && !roles.includes(user.role)) {
    throw new AppError("ROLE_NOT_ALLOWED", `This action needs the role ${roles.join(" or ")}; you are ${user.role}`, {
      allowedRoles: roles,
      role: user.role,
    });
  }
  return user;
}
