import { randomBytes } from "node:crypto";
import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { AppError } from "../shared/errors.ts";
import { recordAudit, SYSTEM_ACTOR, type Actor } from "../audit/audit-log.ts";
import { keepAnotherActiveAdmin } from "./last-admin-guard.ts";
import { hashPassword } from "./passwords.ts";

/**
 * On first start, creates the `admin` account. Its password comes from `configuredPassword`
 * or is generated; a generated one is returned so the caller can print it once. Either way it
 * must be changed at first login: a configured one sits in a deployment file or a shell history.
 */
export async function ensureAdminAccount(
  db: Db,
  configuredPassword: string | undefined,
): Promise<{ created: false } | { created: true; username: string; generatedPassword: string | null }> {
  const existing = await db.user.findFirst({ where: { role: "admin" }, select: { id: true } });
  if (existing) return { created: false };
  const generatedPassword = configuredPassword ? null : randomBytes(12).toString("base64url");
  const password = configuredPassword ?? generatedPassword ?? "";
  await createUser(db, {
    username: "admin",
    displayName: "Administrator",
    role: "admin",
    password,
    mustChangePassword: true,
  });
  return { created: true, username: "admin", generatedPassword };
}

export async function createUser(
  db: Db,
  input: {
    username: string;
    displayName: string;
    role: TRole;
    password: string;
    mustChangePassword?: boolean;
    locale?: string;
  },
  actor: Actor = SYSTEM_ACTOR,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? false,
        locale: input.locale ?? "kk",
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "user.create",
      subjectType: "user",
      subjectId: user.id,
      after: { username: input.username, role: input.role },
    });
    return user.id;
  });
}

/** Changes a user's role, recording the old and new role and the reason; their sessions end. */
export async function setUserRole(
  db: Db,
  actor: Actor,
  input: { userId: string; role: TRole; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, username: true } });
    if (!user) throw new AppError("USER_NOT_FOUND", `No user with id ${input.userId}`, { userId: input.userId });
    if (user.role === input.role)
      throw new AppError("ROLE_UNCHANGED", `${user.username} already has the role ${input.role}`, {
        username: user.username,
        role: input.role,
      });
    if (user.role === "admin") await keepAnotherActiveAdmin(tx, input.userId);
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    // A session keeps the role it was opened with in the UI; make the user log in again.
    await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, actor, {
      action: "user.setRole",
      subjectType: "user",
      subjectId: input.userId,
      before: { username: user.username, role: user.role },
      after: { username: user.username, role: input.role },
      reason: input.reason,
    });
  });
}
