import { createDb, openDatabase, type Db } from "@tekser/db";
import type { CliEnv } from "./env.ts";

/** The configured database (embedded unless DATABASE_URL is set), migrated, as the application role, for one command. */
export async function withDatabase<T>(env: CliEnv, work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL,
    dataDir: env.TEKSER_DATA_DIR,
    embeddedPort: env.TEKSER_EMBEDDED_PG_PORT,
  });
  const db = createDb(database.url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}
