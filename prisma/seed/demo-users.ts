import { createUser } from "@tekser/api";
import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";

/** Documented in the README: one account per role, all with this password. */
export const DEMO_PASSWORD = "tekser-demo-2026";

export const DEMO_USERS: { username: string; displayName: string; role: TRole }[] = [
  { username: "demo-admin", displayName: "Дана Сейітқали", role: "admin" },
  { username: "reviewer", displayName: "Айгерім Нұрланқызы", role: "reviewer" },
  { username: "reviewer2", displayName: "Тимур Ахметов", role: "reviewer" },
  { username: "editor", displayName: "Мадина Оспанова", role: "editor" },
  { username: "auditor", displayName: "Ерлан Жақсыбеков", role: "auditor" },
];

/** Creates the demo accounts that do not exist yet; returns every demo user's id by username. */
export async function ensureDemoUsers(db: Db): Promise<Map<string, { id: string; username: string; role: TRole }>> {
  const users = new Map<string, { id: string; username: string; role: TRole }>();
  for (const demo of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { username: demo.username }, select: { id: true } });
    const id = existing?.id ?? (await createUser(db, { ...demo, password: DEMO_PASSWORD }));
    users.set(demo.username, { id, username: demo.username, role: demo.role });
  }
  return users;
}
