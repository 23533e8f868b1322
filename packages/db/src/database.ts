import path from "node:path";
import {
  connectionAs,
  ensureLoginRole,
  grantApplicationRole,
  inspectConnectionRole,
  privilegeProblem,
} from "./app-role.ts";
import { readOrCreatePassword, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate.ts";

/** The login role the application uses on the embedded database. */
export const EMBEDDED_APP_ROLE = "tekser_app";

export interface OpenedDatabase {
  /** The application's connection: a role that neither owns the tables nor is a superuser. */
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The application role's connection string; unset: the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string | undefined;
  /** The tables' owner, which applies migrations and grants; required with `databaseUrl`. */
  migrationDatabaseUrl?: string | undefined;
  dataDir: string;
  embeddedPort: number;
  log?: (message: string) => void;
  /** Start-up work that needs the owner (pg-boss's schema, the published key set), run before the grants. */
  prepareAsOwner?: (ownerUrl: string) => Promise<void>;
}

const RECIPE = `see "The audit log in production" in the README`;

/**
 * Opens the database in two roles: the owner (the embedded superuser, or MIGRATION_DATABASE_URL)
 * applies migrations, runs `prepareAsOwner` and grants the application role its rights; the
 * returned `url` is the application role's. Refuses an application connection that could switch
 * the audit log's append-only triggers off. The caller closes the handle on shutdown.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const roles = options.databaseUrl ? await externalRoles(options.databaseUrl, options.migrationDatabaseUrl) : null;
  let embedded: EmbeddedDatabase | null = null;
  let ownerUrl: string;
  let appUrl: string;
  if (roles) {
    ({ ownerUrl, appUrl } = roles);
  } else {
    options.log?.(`starting embedded PostgreSQL in ${path.resolve(options.dataDir)}`);
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort });
    ownerUrl = embedded.url;
    appUrl = await embeddedAppRole(embedded.url, options.dataDir);
  }
  try {
    await migrateDatabase(ownerUrl);
    await options.prepareAsOwner?.(ownerUrl);
    const app = await inspectConnectionRole(appUrl);
    await grantApplicationRole(ownerUrl, app.role);
    const problem = privilegeProblem(await inspectConnectionRole(appUrl));
    if (problem) {
      throw new Error(
        `DATABASE_URL ${problem}: it could disable the audit log's append-only triggers. ` +
          `Connect the application as a role that does not own the tables and set MIGRATION_DATABASE_URL to the owner (${RECIPE}).`,
      );
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url: appUrl, embedded, close: async () => embedded?.stop() };
}

/** With an external database, both roles must be named: the owner migrates, the application runs. */
async function externalRoles(
  databaseUrl: string,
  migrationDatabaseUrl: string | undefined,
): Promise<{ ownerUrl: string; appUrl: string }> {
  if (migrationDatabaseUrl) return { ownerUrl: migrationDatabaseUrl, appUrl: databaseUrl };
  const problem = privilegeProblem(await inspectConnectionRole(databaseUrl));
  throw new Error(
    problem
      ? `DATABASE_URL ${problem}, and MIGRATION_DATABASE_URL is not set. Set MIGRATION_DATABASE_URL to this owner URL and DATABASE_URL to a role that does not own the tables (${RECIPE}).`
      : `MIGRATION_DATABASE_URL is not set: with DATABASE_URL, Tekser needs the tables' owner to apply migrations and grant DATABASE_URL's role its rights at start (${RECIPE}).`,
  );
}

/** The embedded application role, its random password kept beside the cluster's. */
async function embeddedAppRole(ownerUrl: string, dataDir: string): Promise<string> {
  const password = readOrCreatePassword(path.join(path.resolve(dataDir), "app-password"));
  await ensureLoginRole(ownerUrl, EMBEDDED_APP_ROLE, password);
  return connectionAs(ownerUrl, EMBEDDED_APP_ROLE, password);
}
