export * from "./generated/prisma/client.ts";
export { createDb, type Db, type Tx } from "./client.ts";
export { startEmbeddedPostgres, ensureDatabase, type EmbeddedDatabase } from "./embedded-postgres.ts";
export { migrateDatabase } from "./migrate.ts";
export { openDatabase, type OpenedDatabase } from "./database.ts";
export { listenForNotifications, type Listener } from "./listen.ts";
export { connectionPool } from "./client.ts";
export { inSqlTransaction, SqlTransaction, type SqlRunner } from "./sql-transaction.ts";
