import { randomBytes } from "node:crypto";
import { createUser } from "@tekser/domain";
import type { TRole } from "@tekser/contracts";
import type { Db } from "@tekser/db";

/** One account per role, for trying Tekser out. Never a shared password: each gets its own. */
export const DEMO_USERS: { username: string; displayName: string; role: TRole }[] = [
  { username: "demo-admin", displayName: "Дана Сейітқали", role: "admin" },
  { username: "reviewer", displayName: "Айгерім Нұрланқызы", role: "reviewer" },
  { username: "reviewer2", displayName: "Тимур Ахметов", role: "reviewer" },
  { username: "editor", displayName: "Мадина Оспанова", role: "editor" },
  { username: "auditor", displayName: "Ерлан Жақсыбеков", role: "auditor" },
];

export interface DemoAccount {
  username: string;
  role: TRole;
}

/**
 * Creates the demo accounts that do not exist yet, each with a random one-time password that
 * must be changed at first login. Returns every demo user's id by username, and the passwords
 * of the accounts just created, for the caller to print once.
 */
export async function ensureDemoUsers(db: Db): Promise<{
  users: Map<string, { id: string; username: string; role: TRole }>;
  created: (DemoAccount & { password: string })[];
}> {
  const users = new Map<string, { id: string; username: string; role: TRole }>();
  const created: (DemoAccount & { password: string })[] = [];
  for (const demo of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { username: demo.username }, select: { id: true } });
    let id = existing?.id;
    if (!id) {
      const password = randomBytes(12).toString("base64url");
      id = await createUser(db, { ...demo, password, mustChangePassword: true });
      created.push({ username: demo.username, role: demo.role, password });
    }
    users.set(demo.username, { id, username: demo.username, role: demo.role });
  }
  return { users, created };
}

/** The demo accounts that can still log in: every start names them, so nobody forgets them on a server. */
export async function activeDemoAccounts(db: Db): Promise<DemoAccount[]> {
  return db.user.findMany({
    where: { username: { in: DEMO_USERS.map((demo) => demo.username) }, active: true },
    select: { username: true, role: true },
    orderBy: { username: "asc" },
  });
}
