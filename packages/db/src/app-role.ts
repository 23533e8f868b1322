import pg from "pg";

/**
 * The schemas the application works in: Prisma's tables, and pg-boss's queue tables (created by
 * @tekser/jobs as the owner). A schema that does not exist yet is skipped and granted on a later start.
 */
export const APPLICATION_SCHEMAS = ["public", "pgboss"] as const;

/**
 * What the application role may do in each schema, applied by the owner after every migration
 * run. Default privileges cover what the owner creates later (pg-boss makes a table per queue).
 */
const SCHEMA_GRANTS = [
  "GRANT USAGE ON SCHEMA {schema} TO {app}",
  "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {app}",
  "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {app}",
  "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {schema} TO {app}",
  "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}",
  "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE ON SEQUENCES TO {app}",
  "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT EXECUTE ON FUNCTIONS TO {app}",
];

/**
 * Tables the application may not change freely, narrowed after the schema-wide grants: the audit
 * log and its checkpoints are append-only; the published key set is written by the owner at start
 * (so the application can neither add a key nor read a stored private half); the migration
 * history belongs to the migrator.
 */
const NARROWED_TABLES = [
  { table: '"AuditEvent"', revoke: "UPDATE, DELETE", select: null },
  { table: '"AuditCheckpoint"', revoke: "UPDATE, DELETE", select: null },
  {
    table: '"SigningKey"',
    revoke: "SELECT, INSERT, UPDATE, DELETE",
    select: '(kid, "publicJwk", "createdAt", "retiredAt")',
  },
  { table: '"_prisma_migrations"', revoke: "INSERT, UPDATE, DELETE", select: null },
] as const;

/** The same connection string, logging in as `role` instead. */
export function connectionAs(url: string, role: string, password: string): string {
  const other = new URL(url);
  other.username = role;
  other.password = password;
  return other.toString();
}

/** Creates the login role, or resets its password to `password`; it gets no attribute beyond LOGIN. */
export async function ensureLoginRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, (client) =>
    inRolesTransaction(client, async () => {
      const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
      await client.query(
        `${verb} ROLE ${client.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
      );
    }),
  );
}

/**
 * As the owner: grants the application role what it needs and nothing more, in one transaction
 * (the narrowing never lags the schema-wide grant). Idempotent; run after every migration run.
 */
export async function grantApplicationRole(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const app = client.escapeIdentifier(role);
    const { rows } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)",
      [[...APPLICATION_SCHEMAS]],
    );
    await inRolesTransaction(client, async () => {
      for (const { nspname } of rows) {
        const schema = client.escapeIdentifier(nspname);
        for (const grant of SCHEMA_GRANTS) await client.query(grant.replace("{schema}", schema).replace("{app}", app));
      }
      for (const { table, revoke, select } of NARROWED_TABLES) {
        if (!(await tableExists(client, table))) continue;
        await client.query(`REVOKE ${revoke} ON public.${table} FROM ${app}`);
        if (select) await client.query(`GRANT SELECT ${select} ON public.${table} TO ${app}`);
      }
    });
  });
}

export interface ConnectionRole {
  role: string;
  superuser: boolean;
  /** Owns (or may act as the owner of) the audit tables, so could switch their triggers off. */
  ownsAuditLog: boolean;
}

/** Who a connection string logs in as, and whether that role could rewrite the audit log. */
export async function inspectConnectionRole(url: string): Promise<ConnectionRole> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<ConnectionRole>(`
      SELECT current_user AS role, r.rolsuper AS superuser,
             COALESCE((SELECT bool_or(pg_has_role(current_user, c.relowner, 'MEMBER')) FROM pg_class c
                        WHERE c.oid IN (to_regclass('public."AuditEvent"'), to_regclass('public."AuditCheckpoint"'))), false) AS "ownsAuditLog"
        FROM pg_roles r WHERE r.rolname = current_user`);
    const found = rows[0];
    if (!found) throw new Error("could not read the connection's role from pg_roles");
    return found;
  });
}

/** Why a role must not be the application's, or null when it may be. */
export function privilegeProblem(connection: ConnectionRole): string | null {
  if (connection.superuser) return `connects as "${connection.role}", a superuser`;
  if (connection.ownsAuditLog) return `connects as "${connection.role}", which owns the audit tables`;
  return null;
}

/** Advisory lock key for role and grant changes (any fixed 64-bit number unique to this use). */
const ROLES_LOCK = 7_461_300_002;

/**
 * One transaction under an advisory lock on the database: processes starting together (several server
 * instances, or the server and a CLI run) would otherwise fail with "tuple concurrently updated"
 * when they GRANT on the same objects or ALTER the same role at once.
 */
async function inRolesTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [ROLES_LOCK]);
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
    `public.${table}`,
  ]);
  return rows[0]?.found === true;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
