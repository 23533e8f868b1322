export * from "./generated/prisma/client.ts";
export { createDb, type Db, type Tx } from "./client.ts";
export { startEmbeddedPostgres, ensureDatabase, type EmbeddedDatabase } from "./embedded-postgres.ts";
export { migrateDatabase } from "./migrate.ts";
export { openDatabase, EMBEDDED_APP_ROLE, type OpenedDatabase, type OpenDatabaseOptions } from "./database.ts";
export {
  connectionAs,
  grantApplicationRole,
  inspectConnectionRole,
  privilegeProblem,
  ensureLoginRole,
  APPLICATION_SCHEMAS,
} from "./app-role.ts";
export { readOrCreateSecretFile } from "./secret-file.ts";
export { listenForNotifications, type Listener } from "./listen.ts";
export { connectionPool } from "./client.ts";
export { inSqlTransaction, SqlTransaction, ConnectionLostError, type SqlRunner } from "./sql-transaction.ts";
export { isConnectionLoss } from "./connection-loss.ts";
export { arrayLiterals } from "./array-literal.ts";
export { binaryTextArray, concatenatedBytes } from "./binary-parameters.ts";
