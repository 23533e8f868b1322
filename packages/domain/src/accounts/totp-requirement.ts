import { TOTP_REQUIRABLE_ROLES, type TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { teamSettings } from "../review/team-settings.ts";

/**
 * Whether the account must enrol two-factor sign-in before anything else. The team setting is
 * read only for an unenrolled admin or editor, so other requests pay nothing for it.
 */
export async function mustEnrolTotp(db: Db, role: TRole, totpEnabledAt: Date | null): Promise<boolean> {
  if (totpEnabledAt || !(TOTP_REQUIRABLE_ROLES as readonly TRole[]).includes(role)) return false;
  return (await teamSettings(db)).requireTotpForAdminsAndEditors;
}
