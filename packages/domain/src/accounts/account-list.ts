import type { TUserListInput, TUserRow } from "@tekser/contracts";
import type { Db, Prisma } from "@tekser/db";

const userRowSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  mustChangePassword: true,
  totpEnabledAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

interface LoginStats {
  id: string;
  last_login: Date | null;
  failed: number;
}

/**
 * Last login and failed attempts come from the audit log (`auth.login`, `auth.loginFailed`),
 * which already records both, read for the shown page only.
 */
async function loginStats(db: Db, userIds: string[]): Promise<Map<string, LoginStats>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<LoginStats[]>`
    SELECT u.id, l.last_login,
      (SELECT count(*) FROM "AuditEvent" f
        WHERE f."subjectType" = 'user' AND f."subjectId" = u.id AND f.action = 'auth.loginFailed'
          AND (l.last_login IS NULL OR f.at > l.last_login))::int AS failed
    FROM unnest(${userIds}::text[]) AS u(id)
    LEFT JOIN LATERAL (
      SELECT max(e.at) AS last_login FROM "AuditEvent" e
      WHERE e."subjectType" = 'user' AND e."subjectId" = u.id AND e.action = 'auth.login'
    ) l ON true`;
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listUsers(db: Db, input: TUserListInput): Promise<{ rows: TUserRow[]; rowCount: number }> {
  const filters = input.filters ?? {};
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.search
      ? {
          OR: [
            { username: { contains: filters.search, mode: "insensitive" } },
            { displayName: { contains: filters.search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const orderBy =
    input.sort.length > 0
      ? input.sort.map((sort) => ({ [sort.id]: sort.desc ? "desc" : "asc" }))
      : [{ username: "asc" as const }];
  const [users, rowCount] = await Promise.all([
    db.user.findMany({
      where,
      orderBy,
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: userRowSelect,
    }),
    db.user.count({ where }),
  ]);
  const stats = await loginStats(
    db,
    users.map((user) => user.id),
  );
  return {
    rowCount,
    rows: users.map(({ totpEnabledAt, ...user }) => ({
      ...user,
      totpEnabled: totpEnabledAt !== null,
      createdAt: user.createdAt.toISOString(),
      lastLoginAt: stats.get(user.id)?.last_login?.toISOString() ?? null,
      failedLogins: stats.get(user.id)?.failed ?? 0,
    })),
  };
}
