import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordLoginFailure } from "./login-failures.ts";
import { checkSecondFactor } from "./totp.ts";

/**
 * The second step of a login whose password was right. Without a code the client is told to ask
 * for one (the throttle has already counted the attempt); a wrong code is a failed login.
 */
export async function requireSecondFactor(
  db: Db,
  account: { id: string; role: TRole },
  attempt: { username: string; clientAddress: string | null },
  code: string | undefined,
): Promise<"totp" | "recovery"> {
  if (!code) throw new AppError("TOTP_REQUIRED", "Enter the code from your authenticator app");
  const method = await checkSecondFactor(db, account.id, code);
  if (!method) {
    await recordLoginFailure(db, account, attempt);
    throw new AppError("TOTP_INVALID", "The code is wrong or was already used");
  }
  return method;
}
