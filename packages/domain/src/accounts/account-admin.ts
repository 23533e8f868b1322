import { randomBytes } from "node:crypto";
import type { TSetActiveInput } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, type Actor } from "../audit/audit-log.ts";
import { keepAnotherActiveAdmin } from "./last-admin-guard.ts";
import { hashPassword } from "./passwords.ts";

/** A password for an admin to hand over once; the account must replace it at first login. */
export function generateOneTimePassword(): string {
  return randomBytes(15).toString("base64url");
}

/**
 * Gives an account a new generated password, ends its sessions (whoever held them) and returns
 * the password, which is stored nowhere in clear.
 */
export async function resetUserPassword(db: Db, actor: Actor, userId: string): Promise<string> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true } });
    if (!user) throw new AppError("USER_NOT_FOUND", `No user with id ${userId}`, { userId: userId });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    const ended = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, {
      action: "user.resetPassword",
      subjectType: "user",
      subjectId: userId,
      after: { username: user.username, sessionsEnded: ended.count },
    });
  });
  return oneTimePassword;
}

/**
 * Deactivates or reactivates an account. Deactivation deletes its sessions in the same
 * transaction; the audit event about the user makes its open realtime streams re-check their
 * session and close.
 */
export async function setUserActive(db: Db, actor: Actor, input: TSetActiveInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { username: true, active: true } });
    if (!user) throw new AppError("USER_NOT_FOUND", `No user with id ${input.userId}`, { userId: input.userId });
    if (user.active === input.active) {
      throw new AppError(
        input.active ? "ALREADY_ACTIVE" : "ALREADY_DEACTIVATED",
        `${user.username} is already ${input.active ? "active" : "deactivated"}`,
        {
          username: user.username,
        },
      );
    }
    if (!input.active) await keepAnotherActiveAdmin(tx, input.userId);
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    const ended = input.active ? { count: 0 } : await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, actor, {
      action: input.active ? "user.reactivate" : "user.deactivate",
      subjectType: "user",
      subjectId: input.userId,
      before: { username: user.username, active: user.active },
      after: { username: user.username, active: input.active, sessionsEnded: ended.count },
      reason: input.reason,
    });
  });
}
