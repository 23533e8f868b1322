import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { migrateDatabase } from "./migrate.ts";

export interface OpenedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Uses `databaseUrl` when given, otherwise starts the embedded PostgreSQL under `dataDir`;
 * then applies migrations. The caller owns the returned handle and closes it on shutdown.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  embeddedPort: number;
  log?: (message: string) => void;
}): Promise<OpenedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = options.databaseUrl;
  if (!url) {
    options.log?.(`starting embedded PostgreSQL in ${path.resolve(options.dataDir)}`);
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort });
    url = embedded.url;
  }
  await migrateDatabase(url);
  return { url, embedded, close: async () => embedded?.stop() };
}
