import path from "node:path";
import { z } from "zod";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional(),
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  TEKSER_DATA_DIR: z.string().default(path.join(repoRoot, "data")),
  TEKSER_EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
});
export type CliEnv = z.infer<typeof ZEnv>;

/** The only place the CLI reads process.env; the same variables as the server. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  return ZEnv.parse(source);
}
