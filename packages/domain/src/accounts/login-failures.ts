import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit } from "../audit/audit-log.ts";
import { countUnknownUsername } from "./login-throttle.ts";

/** The 1st, 10th, 100th … failure for unknown usernames from one address in a window is audited, with the count. */
function isAuditedCount(failures: number): boolean {
  return failures > 0 && Number.isInteger(Math.log10(failures));
}

/**
 * Audits a failed login. For an existing account: one event naming it. For a username that does
 * not exist: what was typed is never recorded (it may be a password typed into the wrong box),
 * and the failures from one address are aggregated into a few events with their count, so
 * guessing usernames does not queue one write per attempt behind the audit chain's lock.
 */
export async function recordLoginFailure(
  db: Db,
  account: { id: string; role: TRole } | null,
  attempt: { username: string; clientAddress: string | null },
): Promise<void> {
  if (account) {
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { id: account.id, name: attempt.username, role: account.role },
        {
          action: "auth.loginFailed",
          subjectType: "user",
          subjectId: account.id,
          after: { clientAddress: attempt.clientAddress },
        },
      ),
    );
    return;
  }
  const failures = await countUnknownUsername(db, attempt.clientAddress);
  if (!isAuditedCount(failures)) return;
  await db.$transaction((tx) =>
    recordAudit(
      tx,
      { id: null, name: "anonymous", role: null },
      {
        action: "auth.loginFailedUnknownUser",
        subjectType: "login",
        subjectId: attempt.clientAddress ?? "unknown",
        after: { clientAddress: attempt.clientAddress, failures },
      },
    ),
  );
}
