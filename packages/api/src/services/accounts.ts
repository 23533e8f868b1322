import { randomBytes } from "node:crypto";
import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";
import { recordAudit, SYSTEM_ACTOR } from "./audit-log.ts";
import { hashPassword } from "./passwords.ts";

/**
 * On first start, creates the `admin` account. Its password comes from `configuredPassword`
 * or is generated; a generated one is returned so the caller can print it once, and must be
 * changed at first login.
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
    mustChangePassword: generatedPassword !== null,
  });
  return { created: true, username: "admin", generatedPassword };
}

export async function createUser(
  db: Db,
  input: { username: string; displayName: string; role: TRole; password: string; mustChangePassword?: boolean; locale?: string },
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
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "user.create",
      subjectType: "user",
      subjectId: user.id,
      after: { username: input.username, role: input.role },
    });
    return user.id;
  });
}
