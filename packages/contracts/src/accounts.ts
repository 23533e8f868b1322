import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZRole, type TRole } from "./enums.ts";
import { tablePage, tableQuery } from "./table.ts";

/** The Accounts table: every account with its last login and the failed attempts since then. */
export const ZUserListInput = tableQuery(["username", "role", "createdAt"], {
  search: z.string().trim().max(100),
  role: ZRole,
  active: z.boolean(),
});
export type TUserListInput = z.infer<typeof ZUserListInput>;
export const ZUserRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  /** Failed logins since the last successful one (all of them when there was none). */
  failedLogins: z.number().int(),
});
export type TUserRow = z.infer<typeof ZUserRow>;
export const ZUserListOutput = tablePage(ZUserRow);

/** A password the server generated; it appears only in this answer and must be changed at first login. */
export const ZOneTimePassword = z.object({ userId: z.string(), oneTimePassword: z.string() });
export type TOneTimePassword = z.infer<typeof ZOneTimePassword>;

export const ZResetPasswordInput = z.object({ userId: z.uuid() });
export const ZSetActiveInput = z.object({
  userId: z.uuid(),
  active: z.boolean(),
  reason: z.string().trim().min(1, validationMessage("reason.required")).max(2000),
});
export type TSetActiveInput = z.infer<typeof ZSetActiveInput>;

/** The roles a team may require two-factor sign-in of (the team setting `requireTotpForAdminsAndEditors`). */
export const TOTP_REQUIRABLE_ROLES = ["admin", "editor"] as const satisfies readonly TRole[];

export const ZTotpCodeInput = z.object({ code: z.string().trim().min(6).max(40) });
export const ZTotpEnrolment = z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() });
export const ZResetTotpInput = z.object({
  userId: z.uuid(),
  reason: z.string().trim().min(1, validationMessage("reason.required")).max(2000),
});
export const ZDisableTotpInput = z.object({ currentPassword: z.string().min(1).max(500) });

/** One of the caller's own sessions; the token never leaves the server. */
export const ZOwnSessionRow = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
});
export type TOwnSessionRow = z.infer<typeof ZOwnSessionRow>;
export const ZEndSessionInput = z.object({ sessionId: z.uuid() });

/**
 * An approval by an account that the verdict's author created this recently is flagged in the
 * audit log: four-eyes could otherwise be met through a second account of one person.
 */
export const RECENT_ACCOUNT_APPROVAL_DAYS = 30;
