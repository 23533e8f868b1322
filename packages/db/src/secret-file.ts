import { randomBytes } from "node:crypto";
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * A secret kept in `file`, readable by its owner only (0600), made with `create` on first use.
 * Written whole to a temporary file and then linked into place, which fails if `file` exists:
 * when two processes start together, the second reads the first's complete secret.
 */
export function readOrCreateSecretFile(file: string, create: () => string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const draft = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(draft, create(), { mode: 0o600, flag: "wx" });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(file, "utf8").trim();
}
