import type { SqlRunner } from "@tekser/db";
import { AppError } from "../shared/errors.ts";

/**
 * Refuses a change that would leave the desk without an active admin (nobody could then manage
 * accounts without SQL). The active admins' rows are locked first, so two admins demoting or
 * deactivating each other at the same moment cannot both pass the check.
 */
export async function keepAnotherActiveAdmin(tx: SqlRunner, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "User" WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  const target = admins.some((admin) => admin.id === userId);
  if (target && admins.length <= 1) {
    throw new AppError("LAST_ADMIN", "This is the last active admin: make another account admin first");
  }
}
